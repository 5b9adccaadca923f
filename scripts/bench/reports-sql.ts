/**
 * The figures the register's compilation shows for one period, written by hand as one SQL
 * query: the baseline `reports.summary` is measured against. Parameters: :plan and :previous
 * (the unit's plan of the year before), the three periods' bounds (:start/:end,
 * :periodStart/:periodEnd for the period before, :yearStart/:yearEnd for a year earlier) and
 * :limits, the unit's limits per kind as a JSON array of { kind, limitDays, feedbackDays }.
 */
export const REPORT_FIGURES_SQL = `
WITH
limits AS (
  SELECT value ->> 'kind' AS kind, value ->> 'limitDays' AS limit_days,
    coalesce(value ->> 'feedbackDays', value ->> 'limitDays') AS feedback_days
  FROM json_each(:limits)
),
placed AS (
  SELECT r.id, r.kind, r.received_on, r.investigated_on, r.feedback_on, r.serious, r.ivo_reported_on,
    r.kind IN ('klagomal', 'synpunkt') AND r.anonymous = 0 AS sender,
    l.limit_days, l.feedback_days,
    r.received_on BETWEEN :start AND :end AS current,
    r.received_on BETWEEN :periodStart AND :periodEnd AS before,
    r.received_on BETWEEN :yearStart AND :yearEnd AS year_before
  FROM reports r JOIN limits l ON l.kind = r.kind
  WHERE r.plan_id IN (:plan, :previous)
),
kinds AS (
  SELECT 'kind' AS what, kind, '' AS name, sum(current) AS count, sum(before) AS previous_period, sum(year_before) AS previous_year,
    sum(current AND investigated_on IS NOT NULL) AS investigated,
    sum(current AND investigated_on IS NOT NULL AND julianday(investigated_on) - julianday(received_on) <= limit_days) AS investigated_within,
    sum(current AND sender) AS feedback_expected,
    sum(current AND sender AND feedback_on IS NOT NULL) AS feedback_given,
    sum(current AND sender AND feedback_on IS NOT NULL AND julianday(feedback_on) - julianday(received_on) <= feedback_days) AS feedback_within,
    sum(current AND coalesce(serious, 0)) AS serious,
    sum(current AND ivo_reported_on IS NOT NULL) AS reported_to_ivo
  FROM placed GROUP BY kind
),
areas AS (
  SELECT 'area' AS what, p.kind, qa.name, sum(current), sum(before), sum(year_before), 0, 0, 0, 0, 0, 0, 0
  FROM placed p JOIN report_quality_areas ra ON ra.report_id = p.id JOIN quality_areas qa ON qa.id = ra.quality_area_id
  WHERE current OR before OR year_before
  GROUP BY p.kind, qa.name
)
SELECT * FROM kinds UNION ALL SELECT * FROM areas`;
