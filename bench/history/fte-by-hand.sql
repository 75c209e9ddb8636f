-- Funded HST and HPR for one calendar year over the whole university, straight from the Records and
-- Catalogue tables (docs/domain.md "Reporting"), independent of the Reporting read model.
-- psql -v year=2024 -f bench/history/fte-by-hand.sql
WITH period AS (SELECT make_date(:year, 1, 1) AS first, make_date(:year, 12, 31) AS last),
-- A registration counts the part of its offering within its own term: the offering's first term from its start, a later
-- term from its first day (HT 1 July, VT 1 January), each to the day before the next term, the offering's last term to
-- its end. An offering ending in January ends in its autumn term. A term the offering does not run in counts nothing.
terms AS (
    SELECT r.id, r.student_id, r.term, r.kind, r.is_early_dropout, r.withdrawn_on, o.course_version_id, o.start_date, o.end_date,
           make_date(substr(r.term, 3)::int, CASE WHEN r.term LIKE 'HT%' THEN 7 ELSE 1 END, 1) AS own_term,
           make_date(substr(o.term, 3)::int, CASE WHEN o.term LIKE 'HT%' THEN 7 ELSE 1 END, 1) AS first_term,
           greatest(make_date(substr(o.term, 3)::int, CASE WHEN o.term LIKE 'HT%' THEN 7 ELSE 1 END, 1),
                    CASE WHEN extract(month FROM o.end_date) = 1 THEN make_date(extract(year FROM o.end_date)::int - 1, 7, 1)
                         WHEN extract(month FROM o.end_date) >= 7 THEN make_date(extract(year FROM o.end_date)::int, 7, 1)
                         ELSE make_date(extract(year FROM o.end_date)::int, 1, 1) END) AS last_term
    FROM records.registrations r
    JOIN catalogue.offerings o ON o.id = r.offering_id
    CROSS JOIN period p
    WHERE o.start_date <= p.last AND o.end_date >= p.first),
shares AS (
    SELECT t.*, CASE WHEN t.own_term = t.first_term THEN t.start_date ELSE t.own_term END AS share_from,
           CASE WHEN t.own_term = t.last_term THEN t.end_date ELSE (t.own_term + interval '6 months')::date - 1 END AS share_to
    FROM terms t WHERE t.own_term BETWEEN t.first_term AND t.last_term),
-- Funded (UKÄ): first and second cycle, not contract education, not a term the student pays fees.
hst AS (
    SELECT sum(v.credits * (least(s.share_to, p.last) - greatest(s.share_from, p.first) + 1)::numeric / (s.end_date - s.start_date + 1)) / 60 AS hst
    FROM shares s
    JOIN catalogue.course_versions v ON v.id = s.course_version_id
    JOIN catalogue.courses c ON c.id = v.course_id, period p
    WHERE s.kind IN ('FirstTime', 'Continuation') AND NOT s.is_early_dropout AND s.withdrawn_on IS NULL
      AND s.share_from <= p.last AND s.share_to >= p.first
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
