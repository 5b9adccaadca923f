CREATE TABLE `control_report_measures` (
	`control_id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`metric` text NOT NULL,
	`days` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`control_id`) REFERENCES `controls`(`id`) ON UPDATE no action ON DELETE cascade
);
