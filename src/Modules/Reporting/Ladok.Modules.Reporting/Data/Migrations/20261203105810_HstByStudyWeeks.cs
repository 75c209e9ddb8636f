using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ladok.Modules.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class HstByStudyWeeks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Data correction (ADR 0020): a registration's term share by SUHF's teaching weeks ----
            // The shares stored so far ended the autumn term on 31 December (or kept an offering ending in January in it) and began
            // the spring term on 1 January. Recompute them from what the read model holds: the autumn term's teaching starts on the
            // first Monday from 28 August, the spring term's 20 weeks later; terms are numbered 2 × year (+ 1 for HT); an offering
            // starts in the calendar half of its start date and runs to the term whose teaching holds its last week's Monday.
            // `reporting rebuild` recomputes everything from Records and the Catalogue as well.
            migrationBuilder.Sql("""
                CREATE FUNCTION pg_temp.autumn_teaching(y int) RETURNS date LANGUAGE sql IMMUTABLE AS
                    $$ SELECT make_date(y, 8, 28) + (8 - extract(isodow FROM make_date(y, 8, 28))::int) % 7 $$;
                CREATE FUNCTION pg_temp.teaching_start(term int) RETURNS date LANGUAGE sql IMMUTABLE AS
                    $$ SELECT CASE WHEN term % 2 = 1 THEN pg_temp.autumn_teaching(term / 2) ELSE pg_temp.autumn_teaching(term / 2 - 1) + 140 END $$;
                CREATE FUNCTION pg_temp.teaching_term(monday date) RETURNS int LANGUAGE sql IMMUTABLE AS
                    $$ SELECT CASE WHEN monday >= pg_temp.autumn_teaching(extract(year FROM monday)::int) THEN 2 * extract(year FROM monday)::int + 1
                                   WHEN monday >= pg_temp.autumn_teaching(extract(year FROM monday)::int - 1) + 140 THEN 2 * extract(year FROM monday)::int
                                   ELSE 2 * extract(year FROM monday)::int - 1 END $$;
                UPDATE reporting.registrations r
                SET covers_from = CASE WHEN t.own < t.first OR t.own > t.last OR t.own = t.first THEN r.start_date
                                       ELSE pg_temp.teaching_start(t.own) END,
                    covers_to = CASE WHEN t.own < t.first OR t.own > t.last THEN r.start_date - 1
                                     WHEN t.own = t.last THEN r.end_date
                                     ELSE pg_temp.teaching_start(t.own + 1) - 1 END
                FROM (
                    SELECT s.registration_id, s.own, s.first, greatest(s.first, pg_temp.teaching_term(s.last_monday)) AS last
                    FROM (
                        SELECT g.registration_id,
                               2 * substr(g.term, 3)::int + (g.term LIKE 'HT%')::int AS own,
                               2 * extract(year FROM g.start_date)::int + (extract(month FROM g.start_date) >= 7)::int AS first,
                               date_trunc('week', g.end_date)::date AS last_monday
                        FROM reporting.registrations g) s) t
                WHERE t.registration_id = r.registration_id;

                DROP FUNCTION pg_temp.teaching_term(date);
                DROP FUNCTION pg_temp.teaching_start(int);
                DROP FUNCTION pg_temp.autumn_teaching(int);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The calendar-half shares are not restored: `reporting rebuild` with the earlier version recomputes them.
        }
    }
}
