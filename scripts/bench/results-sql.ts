/**
 * The figures behind Resultat and Översikt written by hand as one SQL query each: the baseline
 * the repositories are measured against. Parameters: :plan, :kind (a period kind, or null for
 * each control's own frequency) and, for the overview, :today.
 *
 * Controls are followed over years by their definition as written (a rollover copies it word
 * for word); the app also folds case and spaces, which SQLite's lower() cannot do for å, ä, ö.
 */
const FIGURES = `
WITH
target AS (SELECT id, unit_id, year FROM plans WHERE id = :plan),
ctl AS (
  SELECT c.id, pr.plan_id, p.year, trim(c.definition) AS key, c.target_value, c.target_direction, c.tolerance,
    CASE WHEN :kind IS NOT NULL THEN :kind
      ELSE CASE c.frequency WHEN 'monthly' THEN 'month' WHEN 'continuous' THEN 'month' WHEN 'quarterly' THEN 'quarter'
        WHEN 'tertial' THEN 'tertial' WHEN 'half_year' THEN 'half' ELSE 'year' END END AS kind,
    row_number() OVER (PARTITION BY pr.plan_id, trim(c.definition) ORDER BY pr.position, r.position, c.position) AS nth
  FROM controls c JOIN risks r ON r.id = c.risk_id JOIN processes pr ON pr.id = r.process_id
  JOIN plans p ON p.id = pr.plan_id JOIN target t ON p.unit_id = t.unit_id
),
scoped AS (
  SELECT 'period' AS scope, id, year, kind,
    CASE kind WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 WHEN 'tertial' THEN 4 WHEN 'half' THEN 6 ELSE 12 END AS span,
    target_value, target_direction, tolerance
  FROM ctl WHERE plan_id = :plan
  UNION ALL
  SELECT 'year', id, year, 'year', 12, target_value, target_direction, tolerance FROM ctl
  WHERE nth = 1 AND key IN (SELECT key FROM ctl WHERE plan_id = :plan)
),
items AS (
  SELECT ci.id, ci.control_id, ci.aggregation, ci.limit_value,
    CASE ci.kind WHEN 'yes_no_na' THEN 'yes_no' WHEN 'number' THEN 'number' END AS family,
    row_number() OVER (PARTITION BY ci.control_id ORDER BY v.created_at DESC, v.version DESC, ci.position) AS rank
  FROM checklist_items ci JOIN checklist_template_versions v ON v.id = ci.version_id
  WHERE ci.aggregation IS NOT NULL AND ci.control_id IN (SELECT id FROM scoped)
),
feed AS (
  SELECT newest.control_id, newest.aggregation, newest.limit_value, counted.id AS item_id
  FROM items newest JOIN items counted ON counted.control_id = newest.control_id AND counted.family = newest.family
  WHERE newest.rank = 1
),
placed AS MATERIALIZED (
  SELECT s.scope, s.id, s.kind, f.aggregation, f.limit_value, a.value,
    CASE WHEN substr(a.value, 1, 1) NOT IN ('"', '[') THEN CAST(a.value AS REAL) END AS num,
    printf('%d-%02d-01', s.year, ((CAST(substr(r.date, 6, 2) AS INTEGER) - 1) / s.span) * s.span + 1) AS start
  FROM scoped s
  JOIN feed f ON f.control_id = s.id
  JOIN answers a ON a.item_id = f.item_id
  JOIN run_cases rc ON rc.id = a.case_id
  JOIN checklist_runs r ON r.id = rc.run_id
  WHERE r.date BETWEEN s.year || '-01-01' AND s.year || '-12-31'
),
medians AS (
  SELECT scope, id, start, avg(num) AS value FROM (
    SELECT scope, id, start, num, row_number() OVER (PARTITION BY scope, id, start ORDER BY num) AS rn,
      count(*) OVER (PARTITION BY scope, id, start) AS n
    FROM placed WHERE aggregation = 'median' AND num IS NOT NULL
  ) WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY scope, id, start
),
computed AS (
  SELECT p.scope, p.id, p.start,
    CASE p.aggregation
      WHEN 'share_yes' THEN 100.0 * sum(p.value = '"yes"') / nullif(sum(p.value IN ('"yes"', '"no"')), 0)
      WHEN 'count_yes' THEN CASE WHEN sum(p.value IN ('"yes"', '"no"')) > 0 THEN sum(p.value = '"yes"') END
      WHEN 'count' THEN nullif(count(p.num), 0)
      WHEN 'sum' THEN sum(p.num)
      WHEN 'mean' THEN avg(p.num)
      WHEN 'median' THEN min(md.value)
      WHEN 'share_within' THEN 100.0 * sum(p.num <= p.limit_value) / nullif(count(p.num), 0)
    END AS value
  FROM placed p LEFT JOIN medians md ON md.scope = p.scope AND md.id = p.id AND md.start = p.start
  GROUP BY p.scope, p.id, p.start
),
manual AS (
  SELECT s.scope, s.id, m.period_start AS start, m.value
  FROM scoped s JOIN manual_results m ON m.control_id = s.id AND m.period_kind = s.kind AND m.value IS NOT NULL
),
figures AS (
  SELECT s.scope, s.id, k.start, coalesce(m.value, c.value) AS value, s.target_value, s.target_direction, s.tolerance
  FROM (SELECT scope, id, start FROM computed UNION SELECT scope, id, start FROM manual) k
  JOIN scoped s ON s.scope = k.scope AND s.id = k.id
  LEFT JOIN computed c ON c.scope = k.scope AND c.id = k.id AND c.start = k.start
  LEFT JOIN manual m ON m.scope = k.scope AND m.id = k.id AND m.start = k.start
),
judged AS (
  SELECT scope, id, start, value,
    CASE
      WHEN value IS NULL OR target_value IS NULL THEN 'none'
      WHEN (CASE target_direction WHEN 'at_least' THEN target_value - value ELSE value - target_value END) <= 1e-9 THEN 'green'
      WHEN (CASE target_direction WHEN 'at_least' THEN target_value - value ELSE value - target_value END) <= max(0, tolerance) + 1e-9 THEN 'yellow'
      ELSE 'red'
    END AS status
  FROM figures
)`;

/** Every control's value and colour per period of the plan, and each followed control's whole year in every plan of the unit. */
export const PLAN_FIGURES_SQL = `${FIGURES}
SELECT scope, id, start, value, status FROM judged WHERE value IS NOT NULL ORDER BY scope, id, start`;

/**
 * The overview's figures: each control's colour in its latest period begun by :today, the
 * colours counted, and this month's runs, cases and answers and the overdue actions.
 */
export const OVERVIEW_SQL = `${FIGURES},
latest AS (
  SELECT id, status, row_number() OVER (PARTITION BY id ORDER BY start DESC) AS recency
  FROM judged WHERE scope = 'period' AND value IS NOT NULL AND start <= :today
),
colours AS (
  SELECT coalesce(l.status, 'none') AS status FROM scoped s LEFT JOIN latest l ON l.id = s.id AND l.recency = 1 WHERE s.scope = 'period'
),
month_runs AS (
  SELECT r.id, (SELECT count(*) FROM run_cases rc WHERE rc.run_id = r.id) AS cases,
    (SELECT count(*) FROM answers a JOIN run_cases rc ON rc.id = a.case_id WHERE rc.run_id = r.id) AS answers
  FROM checklist_runs r
  WHERE r.plan_id = :plan AND r.date BETWEEN substr(:today, 1, 7) || '-01' AND substr(:today, 1, 7) || '-31'
)
SELECT c.green, c.yellow, c.red, c.none, m.runs, m.cases, m.answers, o.overdue
FROM (SELECT sum(status = 'green') AS green, sum(status = 'yellow') AS yellow, sum(status = 'red') AS red, sum(status = 'none') AS none FROM colours) c,
  (SELECT count(*) AS runs, coalesce(sum(cases), 0) AS cases, coalesce(sum(answers), 0) AS answers FROM month_runs) m,
  (SELECT count(*) AS overdue FROM actions ac JOIN risks r ON r.id = ac.risk_id JOIN processes p ON p.id = r.process_id
    WHERE p.plan_id = :plan AND ac.due_date < :today AND ac.status IN ('not_started', 'in_progress')) o`;
