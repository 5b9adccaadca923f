CREATE TABLE `report_actions` (
	`report_id` text NOT NULL,
	`action_id` text NOT NULL,
	PRIMARY KEY(`report_id`, `action_id`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_actions_action` ON `report_actions` (`action_id`);--> statement-breakpoint
CREATE TABLE `report_analyses` (
	`plan_id` text NOT NULL,
	`period_kind` text NOT NULL,
	`period_start` text NOT NULL,
	`text` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`plan_id`, `period_kind`, `period_start`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_categories_unit_kind_name` ON `report_categories` (`unit_id`,`kind`,lower("name"));--> statement-breakpoint
CREATE TABLE `report_quality_areas` (
	`report_id` text NOT NULL,
	`quality_area_id` text NOT NULL,
	PRIMARY KEY(`report_id`, `quality_area_id`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`quality_area_id`) REFERENCES `quality_areas`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_quality_areas_area` ON `report_quality_areas` (`quality_area_id`);--> statement-breakpoint
CREATE TABLE `report_risks` (
	`report_id` text NOT NULL,
	`risk_id` text NOT NULL,
	PRIMARY KEY(`report_id`, `risk_id`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_risks_risk` ON `report_risks` (`risk_id`);--> statement-breakpoint
CREATE TABLE `report_settings` (
	`unit_id` text NOT NULL,
	`kind` text NOT NULL,
	`limit_days` integer NOT NULL,
	`feedback_days` integer,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`unit_id`, `kind`),
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`kind` text NOT NULL,
	`received_on` text NOT NULL,
	`category_id` text,
	`channel` text,
	`anonymous` integer DEFAULT false NOT NULL,
	`case_ref` text DEFAULT '' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`process_id` text,
	`status` text NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`cause` text DEFAULT '' NOT NULL,
	`conclusion` text DEFAULT '' NOT NULL,
	`investigated_by` text DEFAULT '' NOT NULL,
	`investigated_on` text,
	`feedback_on` text,
	`feedback_how` text DEFAULT '' NOT NULL,
	`serious` integer,
	`ivo_reported_on` text,
	`ivo_reference` text DEFAULT '' NOT NULL,
	`closed_on` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `report_categories`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reports_plan_received` ON `reports` (`plan_id`,`received_on`);--> statement-breakpoint
CREATE INDEX `reports_compilation` ON `reports` (`plan_id`,`kind`,`category_id`,`process_id`,`received_on`,`investigated_on`,`feedback_on`,`anonymous`,`serious`,`ivo_reported_on`,`status`);--> statement-breakpoint
CREATE INDEX `reports_category` ON `reports` (`category_id`);--> statement-breakpoint
CREATE INDEX `reports_process` ON `reports` (`process_id`);