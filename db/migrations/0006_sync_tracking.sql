-- Custom SQL migration file, put your code below! --
-- The triggers mark rows for sync only while this device syncs: a database with no shared folder
-- keeps no change log. The sync store sets sync.tracking at its first round and marks every row then.
DROP TRIGGER `sync_units_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_units_insert` AFTER INSERT ON `units` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('units', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_units_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_units_update` AFTER UPDATE ON `units` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('units', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('units', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_units_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_units_delete` AFTER DELETE ON `units` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('units', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_plans_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_plans_insert` AFTER INSERT ON `plans` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plans', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_plans_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_plans_update` AFTER UPDATE ON `plans` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plans', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plans', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_plans_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_plans_delete` AFTER DELETE ON `plans` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plans', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_quality_areas_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_quality_areas_insert` AFTER INSERT ON `quality_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('quality_areas', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_quality_areas_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_quality_areas_update` AFTER UPDATE ON `quality_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('quality_areas', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('quality_areas', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_quality_areas_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_quality_areas_delete` AFTER DELETE ON `quality_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('quality_areas', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_improvement_areas_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_improvement_areas_insert` AFTER INSERT ON `improvement_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('improvement_areas', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_improvement_areas_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_improvement_areas_update` AFTER UPDATE ON `improvement_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('improvement_areas', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('improvement_areas', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_improvement_areas_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_improvement_areas_delete` AFTER DELETE ON `improvement_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('improvement_areas', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_processes_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_processes_insert` AFTER INSERT ON `processes` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('processes', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_processes_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_processes_update` AFTER UPDATE ON `processes` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('processes', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('processes', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_processes_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_processes_delete` AFTER DELETE ON `processes` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('processes', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_risks_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_risks_insert` AFTER INSERT ON `risks` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risks', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_risks_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_risks_update` AFTER UPDATE ON `risks` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risks', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risks', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_risks_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_risks_delete` AFTER DELETE ON `risks` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risks', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_risk_quality_areas_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_risk_quality_areas_insert` AFTER INSERT ON `risk_quality_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risk_quality_areas', NEW.`risk_id` || '|' || NEW.`quality_area_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_risk_quality_areas_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_risk_quality_areas_update` AFTER UPDATE ON `risk_quality_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risk_quality_areas', OLD.`risk_id` || '|' || OLD.`quality_area_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risk_quality_areas', NEW.`risk_id` || '|' || NEW.`quality_area_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_risk_quality_areas_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_risk_quality_areas_delete` AFTER DELETE ON `risk_quality_areas` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('risk_quality_areas', OLD.`risk_id` || '|' || OLD.`quality_area_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_controls_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_controls_insert` AFTER INSERT ON `controls` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('controls', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_controls_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_controls_update` AFTER UPDATE ON `controls` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('controls', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('controls', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_controls_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_controls_delete` AFTER DELETE ON `controls` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('controls', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_actions_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_actions_insert` AFTER INSERT ON `actions` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('actions', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_actions_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_actions_update` AFTER UPDATE ON `actions` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('actions', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('actions', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_actions_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_actions_delete` AFTER DELETE ON `actions` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('actions', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_templates_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_templates_insert` AFTER INSERT ON `checklist_templates` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_templates', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_templates_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_templates_update` AFTER UPDATE ON `checklist_templates` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_templates', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_templates', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_templates_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_templates_delete` AFTER DELETE ON `checklist_templates` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_templates', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_template_versions_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_template_versions_insert` AFTER INSERT ON `checklist_template_versions` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_template_versions', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_template_versions_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_template_versions_update` AFTER UPDATE ON `checklist_template_versions` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_template_versions', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_template_versions', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_template_versions_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_template_versions_delete` AFTER DELETE ON `checklist_template_versions` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_template_versions', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_items_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_items_insert` AFTER INSERT ON `checklist_items` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_items', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_items_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_items_update` AFTER UPDATE ON `checklist_items` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_items', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_items', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_items_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_items_delete` AFTER DELETE ON `checklist_items` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_items', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_runs_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_runs_insert` AFTER INSERT ON `checklist_runs` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_runs', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_runs_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_runs_update` AFTER UPDATE ON `checklist_runs` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_runs', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_runs', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_checklist_runs_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_checklist_runs_delete` AFTER DELETE ON `checklist_runs` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('checklist_runs', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_run_cases_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_run_cases_insert` AFTER INSERT ON `run_cases` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('run_cases', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_run_cases_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_run_cases_update` AFTER UPDATE ON `run_cases` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('run_cases', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('run_cases', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_run_cases_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_run_cases_delete` AFTER DELETE ON `run_cases` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('run_cases', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_answers_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_answers_insert` AFTER INSERT ON `answers` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('answers', NEW.`case_id` || '|' || NEW.`item_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_answers_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_answers_update` AFTER UPDATE ON `answers` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('answers', OLD.`case_id` || '|' || OLD.`item_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('answers', NEW.`case_id` || '|' || NEW.`item_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_answers_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_answers_delete` AFTER DELETE ON `answers` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('answers', OLD.`case_id` || '|' || OLD.`item_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_manual_results_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_manual_results_insert` AFTER INSERT ON `manual_results` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('manual_results', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_manual_results_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_manual_results_update` AFTER UPDATE ON `manual_results` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('manual_results', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('manual_results', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_manual_results_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_manual_results_delete` AFTER DELETE ON `manual_results` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('manual_results', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_plan_history_insert`;
--> statement-breakpoint
CREATE TRIGGER `sync_plan_history_insert` AFTER INSERT ON `plan_history` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plan_history', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_plan_history_update`;
--> statement-breakpoint
CREATE TRIGGER `sync_plan_history_update` AFTER UPDATE ON `plan_history` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plan_history', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plan_history', NEW.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
DROP TRIGGER `sync_plan_history_delete`;
--> statement-breakpoint
CREATE TRIGGER `sync_plan_history_delete` AFTER DELETE ON `plan_history` WHEN EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking') AND NOT EXISTS (SELECT 1 FROM `sync_applying`) BEGIN INSERT INTO `sync_dirty` (`tbl`, `row_key`, `at`) VALUES ('plan_history', OLD.`id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (`tbl`, `row_key`) DO UPDATE SET `at` = excluded.`at`; END;
--> statement-breakpoint
INSERT INTO `device_settings` (`key`, `value`) SELECT 'sync.tracking', '1' WHERE EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sharedFolder.path');
--> statement-breakpoint
DELETE FROM `sync_dirty` WHERE NOT EXISTS (SELECT 1 FROM `device_settings` WHERE `key` = 'sync.tracking');
