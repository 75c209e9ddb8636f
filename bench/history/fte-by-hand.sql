-- HST and HPR for one calendar year over the whole university, straight from the Records and
-- Catalogue tables (DOMAIN.md "Reporting"), independent of the Reporting read model.
-- psql -v year=2024 -f bench/history/fte-by-hand.sql
WITH period AS (SELECT make_date(:year, 1, 1) AS first, make_date(:year, 12, 31) AS last),
hst AS (
    SELECT sum(v.credits * (least(o.end_date, p.last) - greatest(o.start_date, p.first) + 1)::numeric / (o.end_date - o.start_date + 1)) / 60 AS hst
    FROM records.registrations r
    JOIN catalogue.offerings o ON o.id = r.offering_id
    JOIN catalogue.course_versions v ON v.id = o.course_version_id, period p
    WHERE r.kind IN ('FirstTime', 'Continuation') AND NOT r.is_early_dropout AND r.withdrawn_on IS NULL
      AND o.start_date <= p.last AND o.end_date >= p.first),
hpr AS (
    SELECT sum(res.credits) / 60 AS hpr
    FROM records.results res, period p
    WHERE res.status IN ('Attested', 'RemovalRequested') AND res.is_passing
      AND (res.module_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM catalogue.course_modules m WHERE m.course_version_id = res.course_version_id))
      AND (res.decided_at AT TIME ZONE current_setting('TimeZone'))::date BETWEEN p.first AND p.last)
SELECT round(hst, 3) AS hst, round(hpr, 3) AS hpr FROM hst, hpr;
