CREATE TABLE `actions` (
	`id` text PRIMARY KEY NOT NULL,
	`risk_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text NOT NULL,
	`follow_up` text DEFAULT '' NOT NULL,
	`carried_from_action_id` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `actions_risk` ON `actions` (`risk_id`);--> statement-breakpoint
CREATE TABLE `controls` (
	`id` text PRIMARY KEY NOT NULL,
	`risk_id` text NOT NULL,
	`definition` text NOT NULL,
	`method` text NOT NULL,
	`method_description` text DEFAULT '' NOT NULL,
	`responsible` text DEFAULT '' NOT NULL,
	`occasion` text DEFAULT '' NOT NULL,
	`frequency` text NOT NULL,
	`measure_kind` text NOT NULL,
	`target_value` real,
	`target_unit` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `controls_risk` ON `controls` (`risk_id`);--> statement-breakpoint
CREATE TABLE `device_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `improvement_areas` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `improvement_areas_plan` ON `improvement_areas` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_history` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`entity_label` text NOT NULL,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_history_plan_at` ON `plan_history` (`plan_id`,`at`);--> statement-breakpoint
CREATE TABLE `processes` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`name` text NOT NULL,
	`process_group` text NOT NULL,
	`responsible_team` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `processes_plan` ON `processes` (`plan_id`);--> statement-breakpoint
CREATE TABLE `quality_areas` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quality_areas_plan_name_unique` ON `quality_areas` (`plan_id`,lower("name"));--> statement-breakpoint
CREATE TABLE `risk_quality_areas` (
	`risk_id` text NOT NULL,
	`quality_area_id` text NOT NULL,
	PRIMARY KEY(`risk_id`, `quality_area_id`),
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`quality_area_id`) REFERENCES `quality_areas`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `risks` (
	`id` text PRIMARY KEY NOT NULL,
	`process_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`inherent_likelihood` integer,
	`inherent_consequence` integer,
	`residual_likelihood` integer,
	`residual_consequence` integer,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `risks_process` ON `risks` (`process_id`);--> statement-breakpoint
ALTER TABLE `plans` ADD `diarienummer` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `adopted_on` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `decision_body` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `process_owner` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `status` text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `status_changed_by` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `status_changed_at` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `matrix` text;--> statement-breakpoint
ALTER TABLE `plans` ADD `carried_from_plan_id` text;