CREATE TABLE `answers` (
	`case_id` text NOT NULL,
	`item_id` text NOT NULL,
	`value` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`answered_at` text NOT NULL,
	PRIMARY KEY(`case_id`, `item_id`),
	FOREIGN KEY (`case_id`) REFERENCES `run_cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `answers_item` ON `answers` (`item_id`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`help` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`min` real,
	`max` real,
	`choices` text DEFAULT '[]' NOT NULL,
	`deviation_text` text DEFAULT '' NOT NULL,
	`control_id` text,
	`aggregation` text,
	`limit_value` real,
	FOREIGN KEY (`version_id`) REFERENCES `checklist_template_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `checklist_items_version` ON `checklist_items` (`version_id`);--> statement-breakpoint
CREATE INDEX `checklist_items_control` ON `checklist_items` (`control_id`);--> statement-breakpoint
CREATE TABLE `checklist_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`version_id` text NOT NULL,
	`date` text NOT NULL,
	`context` text NOT NULL,
	`run_by` text NOT NULL,
	`team` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `checklist_template_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_runs_plan_date` ON `checklist_runs` (`plan_id`,`date`);--> statement-breakpoint
CREATE TABLE `checklist_template_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_template_versions_unique` ON `checklist_template_versions` (`template_id`,`version`);--> statement-breakpoint
CREATE TABLE `checklist_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`name` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `checklist_templates_plan` ON `checklist_templates` (`plan_id`);--> statement-breakpoint
CREATE TABLE `manual_results` (
	`id` text PRIMARY KEY NOT NULL,
	`control_id` text NOT NULL,
	`period_kind` text NOT NULL,
	`period_start` text NOT NULL,
	`value` real,
	`analysis` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `manual_results_period` ON `manual_results` (`control_id`,`period_kind`,`period_start`);--> statement-breakpoint
CREATE TABLE `run_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`run_id` text NOT NULL,
	`position` integer NOT NULL,
	`case_ref` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `checklist_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `run_cases_run` ON `run_cases` (`run_id`);--> statement-breakpoint
ALTER TABLE `controls` ADD `target_direction` text DEFAULT 'at_least' NOT NULL;--> statement-breakpoint
ALTER TABLE `controls` ADD `tolerance` real DEFAULT 0 NOT NULL;