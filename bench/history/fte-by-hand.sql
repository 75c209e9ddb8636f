-- Funded HST and HPR for one calendar year over the whole university, straight from the Records and
-- Catalogue tables (docs/domain.md "Reporting"), independent of the Reporting read model.
-- psql -v year=2024 -f bench/history/fte-by-hand.sql
WITH period AS (SELECT make_date(:year, 1, 1) AS first, make_date(:year, 12, 31) AS last),
-- SUHF's terms, numbered 2 × year (+ 1 for HT): the autumn term's teaching starts on the first Monday from 28 August, the
-- spring term's 20 weeks (140 days) after the autumn term before it (ADR 0020).
teaching AS (
    SELECT 2 * y + 1 AS term, make_date(y, 8, 28) + (8 - extract(isodow FROM make_date(y, 8, 28))::int) % 7 AS starts
    FROM generate_series(1900, 2200) y
    UNION ALL
    SELECT 2 * (y + 1), make_date(y, 8, 28) + (8 - extract(isodow FROM make_date(y, 8, 28))::int) % 7 + 140
    FROM generate_series(1900, 2200) y),
-- A registration counts the part of its offering within its own term: the offering's first term from its start, a later
-- term from its teaching start, each to the next term's, the offering's last term (the one whose teaching runs in its last
-- week, never before its first) to its end. A term the offering does not run in counts nothing.
terms AS (
    SELECT r.id, r.student_id, r.term, r.kind, r.is_early_dropout, r.withdrawn_on, o.course_version_id, o.start_date, o.end_date,
           2 * substr(r.term, 3)::int + (r.term LIKE 'HT%')::int AS own_term,
           2 * substr(o.term, 3)::int + (o.term LIKE 'HT%')::int AS first_term
    FROM records.registrations r
    JOIN catalogue.offerings o ON o.id = r.offering_id
    CROSS JOIN period p
    WHERE o.start_date <= p.last + 7 AND o.end_date >= p.first - 7),
spans AS (
    SELECT t.*, greatest(t.first_term, (SELECT max(g.term) FROM teaching g WHERE g.starts <= date_trunc('week', t.end_date)::date)) AS last_term
    FROM terms t),
shares AS (
    SELECT s.*,
           CASE WHEN s.own_term = s.first_term THEN s.start_date ELSE (SELECT g.starts FROM teaching g WHERE g.term = s.own_term) END AS share_from,
           CASE WHEN s.own_term = s.last_term THEN s.end_date ELSE (SELECT g.starts FROM teaching g WHERE g.term = s.own_term + 1) - 1 END AS share_to
    FROM spans s WHERE s.own_term BETWEEN s.first_term AND s.last_term),
-- Each Monday-to-Sunday week of the offering carries an equal part of its credits; a week is the year's of its Thursday.
weeks AS (
    SELECT s.*,
           (SELECT count(*) FROM generate_series(date_trunc('week', s.share_from), date_trunc('week', s.share_to), interval '7 days') w
            WHERE extract(isoyear FROM w) = :year) AS in_year,
           (SELECT count(*) FROM generate_series(date_trunc('week', s.start_date), date_trunc('week', s.end_date), interval '7 days')) AS offering_weeks
    FROM shares s),
-- Funded (UKÄ): first and second cycle, not contract education, not a term the student pays fees.
hst AS (
    SELECT sum(v.credits * s.in_year / s.offering_weeks) / 60 AS hst
    FROM weeks s
    JOIN catalogue.course_versions v ON v.id = s.course_version_id
    JOIN catalogue.courses c ON c.id = v.course_id
    WHERE s.kind IN ('FirstTime', 'Continuation') AND NOT s.is_early_dropout AND s.withdrawn_on IS NULL AND s.in_year > 0
      AND c.level <> 'Doctoral' AND c.financing_form = 'Ordinary'
      AND NOT EXISTS (SELECT 1 FROM records.fee_paying_terms f WHERE f.student_id = s.student_id AND f.term = s.term)),
-- Credits earned through examination here, placed by the examination date (ADR 0019): no credit transfers.
hpr AS (
    SELECT sum(res.credits) / 60 AS hpr
    FROM records.results res
    JOIN catalogue.courses c ON c.id = res.course_id
    JOIN records.registrations g ON g.id = res.registration_id, period p
    WHERE res.status IN ('Attested', 'RemovalRequested') AND res.is_passing AND res.origin = 'Reported'
      AND (res.module_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM catalogue.course_modules m WHERE m.course_version_id = res.course_version_id))
      AND res.examination_date BETWEEN p.first AND p.last
      AND c.level <> 'Doctoral' AND c.financing_form = 'Ordinary'
      AND NOT EXISTS (SELECT 1 FROM records.fee_paying_terms f WHERE f.student_id = res.student_id AND f.term = g.term))
SELECT round(hst, 3) AS hst, round(hpr, 3) AS hpr FROM hst, hpr;
