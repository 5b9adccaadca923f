CREATE TABLE `imported_bundles` (
	`bundle_id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`plan_id` text NOT NULL,
	`exported_at` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_bundles_unit_year` ON `imported_bundles` (`unit_id`,`year`);--> statement-breakpoint
ALTER TABLE `units` ADD `origin` text DEFAULT 'local' NOT NULL;