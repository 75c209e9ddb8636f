-- HST and HPR for one calendar year over the whole university, straight from the Records and
-- Catalogue tables (DOMAIN.md "Reporting"), independent of the Reporting read model.
-- psql -v year=2024 -f bench/history/fte-by-hand.sql
WITH period AS (SELECT make_date(:year, 1, 1) AS first, make_date(:year, 12, 31) AS last),
-- A registration's share of its offering starts at its term's first day (HT 1 July, VT 1 January) when
-- that falls after the offering's start and within it (an FO on an offering over several terms), else at
-- the start; it ends the day before the student's next share on the same offering starts, else at the end.
shares AS (
    SELECT r.id, r.student_id, r.offering_id, r.kind, r.is_early_dropout, r.withdrawn_on, v.credits, o.start_date, o.end_date,
           CASE WHEN t.first_day > o.start_date AND t.first_day <= o.end_date THEN t.first_day ELSE o.start_date END AS from_day
    FROM records.registrations r
    JOIN catalogue.offerings o ON o.id = r.offering_id
    JOIN catalogue.course_versions v ON v.id = o.course_version_id
    CROSS JOIN period p
    CROSS JOIN LATERAL (SELECT make_date(substr(r.term, 3)::int, CASE WHEN r.term LIKE 'HT%' THEN 7 ELSE 1 END, 1) AS first_day) t
    WHERE o.start_date <= p.last AND o.end_date >= p.first),
ends AS (
    SELECT s.id, coalesce(min(n.from_day) - 1, s.end_date) AS to_day
    FROM shares s LEFT JOIN shares n ON n.student_id = s.student_id AND n.offering_id = s.offering_id AND n.from_day > s.from_day
    GROUP BY s.id, s.end_date),
hst AS (
    SELECT sum(s.credits * (least(e.to_day, p.last) - greatest(s.from_day, p.first) + 1)::numeric / (s.end_date - s.start_date + 1)) / 60 AS hst
    FROM shares s JOIN ends e ON e.id = s.id, period p
    WHERE s.kind IN ('FirstTime', 'Continuation') AND NOT s.is_early_dropout AND s.withdrawn_on IS NULL
      AND s.from_day <= p.last AND e.to_day >= p.first),
hpr AS (
    SELECT sum(res.credits) / 60 AS hpr
    FROM records.results res, period p
    WHERE res.status IN ('Attested', 'RemovalRequested') AND res.is_passing
      AND (res.module_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM catalogue.course_modules m WHERE m.course_version_id = res.course_version_id))
      AND (res.decided_at AT TIME ZONE current_setting('TimeZone'))::date BETWEEN p.first AND p.last)
SELECT round(hst, 3) AS hst, round(hpr, 3) AS hpr FROM hst, hpr;
