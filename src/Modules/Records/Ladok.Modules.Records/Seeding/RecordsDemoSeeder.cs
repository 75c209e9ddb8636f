using System.Globalization;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Modules;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Seeding;

/// <summary>
/// Seeds an empty Records schema with about <see cref="StudentCount"/> made-up students, registered
/// on the demo university's offerings, and results in every state of the result workflow: drafts,
/// ready, rejected, attested, removal requested, removed (with the new result attested after it),
/// course grades once every module is attested, failing grades with a re-registration (OM) on the
/// next offering, a few credit transfers (one still waiting for its attestant) and a student whose samordningsnummer
/// was replaced by a personnummer. The first five students are the demo students who sign in (<see cref="DemoStudents"/>). The same
/// seed gives the same data on every machine,
/// apart from the dates, which follow today's date: nothing is examined before its offering starts
/// or after today, and an offering that has not started yet only gets registrations.
/// </summary>
/// <remarks>
/// Everything goes through the domain methods (<see cref="Student.Register"/>, <see cref="Result.Report"/>,
/// <see cref="Result.MarkReady"/>, <see cref="Result.Attest"/> …), so the demo data obeys the same
/// rules as the API; a rule it breaks stops start-up naming the student and the rule. Who reports
/// and who decides comes from the demo staff's course rights (REPORT, ATTEST); a course without
/// them (at Umeå: MA's and FY's) gets registrations only, and credit transfers are recorded by the
/// department's study administrator and decided by the course's examiner. One SaveChanges stores it all, so a failure leaves nothing.
/// Demo seeding writes no integration events: the other modules' demo data is not announced either,
/// and a read model fed from events (Reporting) would otherwise count made-up students only.
/// </remarks>
public sealed class RecordsDemoSeeder(
    IDbContextFactory<RecordsDbContext> databases, ICatalogueQueries catalogue, IUniversityProfile university, TimeProvider clock)
    : IDemoDataSeeder
{
    /// <summary>Who the audit trail names for the seeded rows.</summary>
    public const string Actor = "demo-seed";

    public const int StudentCount = 300;

    /// <summary>Interim numbers among the students (the last ones); samordningsnummer are every <see cref="CoordinationEvery"/>th.</summary>
    public const int InterimCount = 2;

    public const int CoordinationEvery = 40;

    public const int CreditTransferEvery = 37;

    private const int RandomSeed = 20251;

    /// <summary>The demo's registrations are made two weeks before the offering starts.</summary>
    private const int RegisteredDaysBeforeStart = 14;

    private static readonly string[] FirstNames =
    [
        "Alice", "Maja", "Elsa", "Astrid", "Wilma", "Freja", "Ebba", "Selma", "Alma", "Saga", "Ella", "Agnes", "Linnea", "Klara", "Ines",
        "William", "Oscar", "Lucas", "Hugo", "Elias", "Alexander", "Liam", "Noah", "Adam", "Axel", "Ludvig", "Vincent", "Theo", "Nils", "Erik",
    ];

    private static readonly string[] LastNames =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
        "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist",
        "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Åström",
    ];

    private static readonly string[] ProjectTitles =
    [
        "Typinferens för ett litet funktionellt språk", "Energisnål schemaläggning i inbyggda system", "Automatisk rättning av programmeringsuppgifter",
        "Federerad inlärning på mobila enheter", "En jämförelse av indexstrukturer i PostgreSQL",
    ];

    private static readonly string[] TransferredFrom =
        ["Luleå tekniska universitet", "Uppsala universitet", "KTH Kungliga Tekniska högskolan", "Mittuniversitetet",
            "Norges teknisk-naturvitenskapelige universitet"];

    private static readonly string[] RejectionReasons =
        ["Fel examinationsdatum: tentamen skrevs en annan dag.", "Betyget stämmer inte med rättningsprotokollet.",
            "Studenten har inte lämnat in alla uppgifter."];

    private static readonly string[] RemovalReasons =
        ["Resultatet rapporterades på fel student.", "Omprövning av betyget efter begäran från studenten.", "Fel modul: resultatet gäller laborationerna."];

    /// <summary>What happens to one registration; the first registrations that can be examined go through every one of them once.</summary>
    private enum Story
    {
        NotExamined,
        Passed,
        Draft,
        Ready,
        Rejected,
        Failed,
        RemovalRequested,
        Removed,
        CourseGradeReady,
    }

    // How often each story comes up after the first round: mostly passed, every state a few times.
    private static readonly Story[] Deck =
    [
        .. Enumerable.Repeat(Story.Passed, 9), .. Enumerable.Repeat(Story.NotExamined, 2), .. Enumerable.Repeat(Story.Draft, 2),
        .. Enumerable.Repeat(Story.Ready, 2), Story.Rejected, .. Enumerable.Repeat(Story.Failed, 2), Story.RemovalRequested, Story.Removed,
        Story.CourseGradeReady,
    ];

    public int Order => 30;

    private TimeProvider Clock => clock;

    private string UniversityCode => university.Code;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (university.DemoData is not { Courses.Count: > 0 } demo) return false;

        await using var db = await databases.ActingAsAsync(Actor, clock, cancellationToken);
        if (await db.Students.AnyAsync(cancellationToken)) return false;

        var runs = await RunsAsync(demo, cancellationToken);
        if (runs.Count == 0) return false;

        var run = new SeedRun(this, new Random(RandomSeed), RecordsRules.Today(clock));
        var students = run.Students();
        // The first students are the ones a developer signs in as (stud01 …, DemoStudents); theirs are the first stories told, in every state.
        foreach (var (student, n) in students.Take(DemoStudents.Count).Select((s, i) => (s, i + 1)))
        {
            Must(student.ChangePrincipalName(DemoStudents.PrincipalName(UniversityCode, n)), $"the principal name of {student.IdentityNumber}");
        }
        // The random stories keep to offerings of one term; the showcase below has the offerings over two terms to itself.
        var oneTerm = runs.Where(r => !SpansTwoTerms(r.Offering)).ToList();
        foreach (var student in students) run.Study(student, oneTerm);
        foreach (var student in students.Where((_, i) => i % CreditTransferEvery == CreditTransferEvery - 1)) run.Transfer(student, oneTerm);
        var programme = demo.Programmes.Count > 0 ? await catalogue.GetProgrammeAsync(demo.Programmes[0].Code, cancellationToken) : null;
        var programmeRegistrations = run.Showcase(students, runs, programme);

        db.Students.AddRange(students);
        db.FormerIdentityNumbers.AddRange(run.FormerNumbers);
        db.ProgrammeRegistrations.AddRange(programmeRegistrations);
        db.Results.AddRange(run.Results);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// An offering that runs through most of the term after its start term, as a year-long run at quarter pace does; an autumn
    /// run that only reaches into January is one term's, as the universities count it.
    /// </summary>
    private static bool SpansTwoTerms(OfferingInfo offering) => offering.EndDate > offering.Term.Next.FirstDay.AddMonths(3);

    /// <summary>A course offering that takes registrations, with its version and the demo staff who report, decide and register on it.</summary>
    private sealed record CourseRun(OfferingInfo Offering, CourseVersionInfo Version, string? Reporter, string? Examiner, string? Administrator);

    private async Task<List<CourseRun>> RunsAsync(DemoUniversity demo, CancellationToken cancellationToken)
    {
        string? Staff(Func<DemoUser, bool> holds) => demo.Users.Where(holds).Select(u => u.UserId).Order(StringComparer.Ordinal).FirstOrDefault();

        var today = RecordsRules.Today(clock);
        var runs = new List<CourseRun>();
        foreach (var course in demo.Courses)
        {
            var reporter = Staff(u => u.CourseRights.Any(r => r.CourseCode == course.Code && r.Kind.Equals("REPORT", StringComparison.OrdinalIgnoreCase)));
            var examiner = Staff(u => u.CourseRights.Any(r => r.CourseCode == course.Code && r.Kind.Equals("ATTEST", StringComparison.OrdinalIgnoreCase)));
            var administrator = Staff(u => u.Grants.Any(g => g.ProfileCode == "STUDY_ADMINISTRATOR" && g.OrganisationUnitCode == course.DepartmentCode));
            foreach (var offering in await catalogue.GetOfferingsAsync(course.Code, cancellationToken))
            {
                // Nobody is registered before the day registering would happen: the offerings still ahead are for the demo students to
                // register themselves on (the Catalogue's coming term).
                if (offering.State == OfferingState.Cancelled || offering.StartDate.AddDays(-RegisteredDaysBeforeStart) > today) continue;
                var version = await catalogue.GetCourseVersionAsync(offering.CourseVersionId, cancellationToken)
                    ?? throw new InvalidOperationException(
                        $"The catalogue has no version for the offering {offering.CourseCode} {offering.Term} ({offering.OfferingCode}).");
                runs.Add(new CourseRun(offering, version, reporter, examiner, administrator));
            }
        }
        return runs;
    }

    /// <summary>One seeding: the random source, today's date and the results made so far.</summary>
    private sealed class SeedRun(RecordsDemoSeeder seeder, Random random, DateOnly today)
    {
        private int storiesTold;

        private int transfersRecorded;

        public List<Result> Results { get; } = [];

        /// <summary>Numbers students had before they were replaced.</summary>
        public List<FormerIdentityNumber> FormerNumbers { get; } = [];

        public List<Student> Students()
        {
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            var students = new List<Student>(StudentCount);
            var first = new DateOnly(1995, 1, 1);
            var span = new DateOnly(2006, 12, 31).DayNumber - first.DayNumber + 1;
            while (students.Count < StudentCount)
            {
                var i = students.Count;
                var born = DateOnly.FromDayNumber(first.DayNumber + random.Next(span));
                // Serial numbers from 800 up, so the demo never takes a number the tests make up.
                var serial = random.Next(800, 1000).ToString("000", CultureInfo.InvariantCulture);
                var interim = i >= StudentCount - InterimCount;
                var coordination = !interim && i % CoordinationEvery == CoordinationEvery - 1;
                var number = interim ? born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-T" + serial
                    : coordination
                        ? WithCheckDigit(
                            born.ToString("yyyyMM", CultureInfo.InvariantCulture) + (born.Day + 60).ToString("00", CultureInfo.InvariantCulture) + serial)
                    : WithCheckDigit(born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + serial);
                if (!numbers.Add(number.Replace("-", "", StringComparison.Ordinal))) continue;

                var firstName = FirstNames[random.Next(FirstNames.Length)];
                var lastName = LastNames[random.Next(LastNames.Length)];
                var email = $"{Ascii(firstName)}.{Ascii(lastName)}{i + 1}@student.umu.se";
                students.Add(seeder.Must(Student.Create(number, interim, firstName, lastName, email, Actor, seeder.Clock), $"student {number}"));
            }

            // The first student with a samordningsnummer has since been given a personnummer (FOL 18 §): same person, same records.
            var coordinated = students.First(s => s.Kind == IdentityNumberKind.Coordination);
            var personal = Enumerable.Range(0, 1000).Select(n => WithCheckDigit(Personnummer(coordinated.IdentityNumber, (n + 800) % 1000)))
                .First(p => !numbers.Contains(p.Replace("-", "", StringComparison.Ordinal)));
            FormerNumbers.Add(seeder.Must(
                coordinated.ChangeIdentityNumber(personal, false, Actor, seeder.Clock), $"the new number of {coordinated.IdentityNumber}"));
            return students;
        }

        /// <summary>The eleven digits of a personnummer for the person born on the day a samordningsnummer gives, with the serial number given.</summary>
        private static string Personnummer(string coordinationNumber, int serial)
        {
            var day = int.Parse(coordinationNumber.AsSpan(6, 2), CultureInfo.InvariantCulture) - 60;
            return coordinationNumber[..6] + day.ToString("00", CultureInfo.InvariantCulture) + serial.ToString("000", CultureInfo.InvariantCulture);
        }

        /// <summary>Registers the student on two to four courses and tells each registration's story.</summary>
        public void Study(Student student, IReadOnlyList<CourseRun> runs)
        {
            var courses = runs.Select(r => r.Offering.CourseId).Distinct().ToList();
            var taken = courses.OrderBy(_ => random.Next()).Take(Math.Min(courses.Count, random.Next(2, 5))).ToList();
            foreach (var courseId in taken)
            {
                var offerings = runs.Where(r => r.Offering.CourseId == courseId).ToList();
                var run = offerings[random.Next(offerings.Count)];
                var registration = Register(student, run, RegistrationKind.FirstTime);
                if (Tell(registration, run) == Story.Failed
                    && runs.FirstOrDefault(r => r.Offering.CourseId == courseId && r.Offering.StartDate > run.Offering.StartDate) is { } next)
                {
                    Register(student, next, RegistrationKind.Repeat);
                }
            }
        }

        /// <summary>
        /// The cases a demo shows by name: on an offering over two terms one student registered FFG and then FO for its second
        /// term, another FFG only (no HST for the second term); and a student on the programme with a study break over a spring
        /// term, decided with a guaranteed place, resuming the next autumn, which puts the spring course registration on break.
        /// (OM follows a failing grade in <see cref="Study"/>.) Returns the programme registrations it made.
        /// </summary>
        public List<ProgrammeRegistration> Showcase(IReadOnlyList<Student> students, IReadOnlyList<CourseRun> runs, ProgrammeInfo? programme)
        {
            var used = new HashSet<Guid>();
            if (runs.FirstOrDefault(r => SpansTwoTerms(r.Offering)) is { } yearLong)
            {
                var newcomers = students.Where(s => s.Registrations.All(g => g.CourseId != yearLong.Offering.CourseId)).Take(2).ToList();
                foreach (var student in newcomers)
                {
                    Register(student, yearLong, RegistrationKind.FirstTime);
                    used.Add(student.Id);
                }
                if (newcomers.Count > 0)
                {
                    var second = yearLong.Offering.Term.Next;
                    var registrar = yearLong.Administrator ?? Actor;
                    seeder.Must(
                        newcomers[0].Register(yearLong.Offering, RegistrationKind.Continuation, registrar, At(second.FirstDay, -RegisteredDaysBeforeStart)),
                        $"continuation of {newcomers[0].IdentityNumber} on {yearLong.Offering.CourseCode} {second}");
                }
            }

            if (programme is null) return [];
            var spring = runs.Where(r => programme.CourseIds.Contains(r.Offering.CourseId) && r.Offering.Term.Season == TermSeason.Spring
                    && !SpansTwoTerms(r.Offering))
                .OrderBy(r => r.Offering.StartDate).FirstOrDefault();
            if (spring is null) return [];
            var term = spring.Offering.Term;
            var breakSpan = new DateSpan(spring.Offering.StartDate, term.LastDay);
            var dates = runs.ToDictionary(r => r.Offering.Id, r => new DateSpan(r.Offering.StartDate, r.Offering.EndDate));
            // A student new to the course, none of whose courses run during the break, so it reaches only the spring registration made here.
            var onBreak = students.FirstOrDefault(s => !used.Contains(s.Id)
                && s.Registrations.All(g => g.CourseId != spring.Offering.CourseId && !dates[g.OfferingId].Overlaps(breakSpan)));
            if (onBreak is null) return [];

            var by = spring.Administrator ?? Actor;
            var startTerm = new Term(TermSeason.Autumn, term.Year - 1);
            var onProgramme = seeder.Must(ProgrammeRegistration.Create(onBreak.Id, programme, startTerm.ToString(), by, At(startTerm.FirstDay, 0)),
                $"programme registration of {onBreak.IdentityNumber} on {programme.Code}");
            var registration = Register(onBreak, spring, RegistrationKind.FirstTime);
            var decided = seeder.Must(onProgramme.RecordStudyBreak(breakSpan.From, breakSpan.To, term.Next.ToString(), guaranteedPlace: true, by,
                    At(breakSpan.From, -7)),
                $"study break of {onBreak.IdentityNumber} on {programme.Code}");
            seeder.Must(registration.TakeProgrammeBreak(spring.Offering, [], decided, At(breakSpan.From, -7)),
                $"study break of {onBreak.IdentityNumber} on {spring.Offering.CourseCode} {term}");
            return [onProgramme];
        }

        /// <summary>
        /// Tillgodoräknande of a module on a course the student is not registered on, recorded by the department's study
        /// administrator and attested by the course's examiner; the second waits for the examiner still.
        /// </summary>
        public void Transfer(Student student, IReadOnlyList<CourseRun> runs)
        {
            var run = runs.FirstOrDefault(r => r.Administrator is not null && r.Examiner is not null && r.Version.Modules.Count > 0
                && student.Registrations.All(g => g.CourseId != r.Offering.CourseId));
            if (run is null) return;

            var module = run.Version.Modules[^1];
            var examined = Earliest(new DateOnly(2025, 6, 10));
            var target = new ResultTarget(student.Id, null, null, null, run.Offering.DepartmentId, run.Version, module, []);
            var grade = module.GradingScale.Grades.First(g => g.IsPassing).Code;
            var transfer = seeder.Must(
                Result.Transfer(
                    target, new GradeEntry(grade, examined, null), TransferredFrom[random.Next(TransferredFrom.Length)], run.Administrator!,
                    At(examined, 60), Field.Whole),
                $"credit transfer for {student.IdentityNumber} on {target.Describe()}");
            Results.Add(transfer);
            if (transfersRecorded++ != 1) Check(transfer.Attest(run.Examiner!, At(examined, 67), Field.Whole), transfer);
        }

        private Registration Register(Student student, CourseRun run, RegistrationKind kind) =>
            seeder.Must(student.Register(run.Offering, kind, run.Administrator ?? Actor, At(run.Offering.StartDate, -RegisteredDaysBeforeStart)),
                $"registration of {student.IdentityNumber} on {run.Offering.CourseCode} {run.Offering.Term}");

        private Story Tell(Registration registration, CourseRun run)
        {
            if (run.Reporter is null || run.Examiner is null || run.Offering.StartDate > today) return Story.NotExamined;

            var stories = Enum.GetValues<Story>();
            var story = storiesTold < stories.Length ? stories[storiesTold] : Deck[random.Next(Deck.Length)];
            storiesTold++;

            // The modules in order, each examined at its share of the offering; the course grade alone when the version has none.
            var parts = run.Version.Modules.Count > 0 ? run.Version.Modules.Cast<CourseModuleInfo?>().ToList() : [null];
            var length = run.Offering.EndDate.DayNumber - run.Offering.StartDate.DayNumber;
            var dates = parts.Select((_, k) => run.Offering.StartDate.AddDays(length * (k + 1) / parts.Count)).ToList();
            var examined = dates.TakeWhile(d => d <= today).Count();
            var inForce = new List<Result>();

            switch (story)
            {
                case Story.Passed or Story.CourseGradeReady:
                    for (var k = 0; k < examined; k++) inForce.Add(Attested(registration, run, parts[k], Passing(parts[k], run), dates[k], inForce));
                    if (examined == parts.Count && parts[0] is not null)
                    {
                        var courseGrade = Report(registration, run, null, CourseGrade(run, inForce), null, dates[^1], inForce);
                        Ready(courseGrade, run, dates[^1]);
                        if (story == Story.Passed) Check(courseGrade.Attest(run.Examiner, At(dates[^1], 9), Field.Whole), courseGrade);
                    }
                    break;
                case Story.Draft when examined > 0:
                    Report(registration, run, parts[0], Passing(parts[0], run), dates[0], dates[0], inForce);
                    break;
                case Story.Ready when examined > 0:
                    if (examined > 1) inForce.Add(Attested(registration, run, parts[0], Passing(parts[0], run), dates[0], inForce));
                    var k1 = examined > 1 ? 1 : 0;
                    Ready(Report(registration, run, parts[k1], Passing(parts[k1], run), dates[k1], dates[k1], inForce), run, dates[k1]);
                    break;
                case Story.Rejected when examined > 0:
                    var rejected = Report(registration, run, parts[0], Passing(parts[0], run), dates[0], dates[0], inForce);
                    Ready(rejected, run, dates[0]);
                    Check(rejected.Reject(run.Examiner, RejectionReasons[random.Next(RejectionReasons.Length)], At(dates[0], 9), Field.Whole), rejected);
                    break;
                case Story.Failed when examined > 0:
                    Attested(registration, run, parts[0], Failing(parts[0], run), dates[0], inForce);
                    break;
                case Story.RemovalRequested or Story.Removed when examined > 0:
                    var wrong = Attested(registration, run, parts[0], Passing(parts[0], run), dates[0], inForce);
                    Check(wrong.RequestRemoval(run.Reporter, RemovalReasons[random.Next(RemovalReasons.Length)], At(dates[0], 30), Field.Whole), wrong);
                    if (story == Story.Removed)
                    {
                        Check(wrong.AttestRemoval(run.Examiner, At(dates[0], 35), Field.Whole), wrong);
                        var corrected = Report(registration, run, parts[0], Passing(parts[0], run), dates[0], dates[0].AddDays(36), inForce);
                        Ready(corrected, run, dates[0].AddDays(36));
                        Check(corrected.Attest(run.Examiner, At(dates[0], 40), Field.Whole), corrected);
                    }
                    break;
                default:
                    return Story.NotExamined;
            }
            return story;
        }

        private Result Attested(Registration registration, CourseRun run, CourseModuleInfo? module, string grade, DateOnly examined, List<Result> inForce)
        {
            var result = Report(registration, run, module, grade, examined, examined, inForce);
            Ready(result, run, examined);
            Check(result.Attest(run.Examiner!, At(examined, 9), Field.Whole), result);
            return result;
        }

        /// <summary>
        /// A draft reported two days after <paramref name="reportedOn"/>; a course grade over modules takes its date from them (<paramref
        /// name="examined"/> null).
        /// </summary>
        private Result Report(
            Registration registration, CourseRun run, CourseModuleInfo? module, string grade, DateOnly? examined, DateOnly reportedOn, List<Result> inForce)
        {
            var target = ResultTargets.For(registration, run.Offering, run.Version, module, inForce);
            var title = run.Version.RequiresProjectTitle ? ProjectTitles[random.Next(ProjectTitles.Length)] : null;
            var result = seeder.Must(
                Result.Report(target, new GradeEntry(grade, examined, title), run.Reporter!, At(reportedOn, 2), Field.Whole), target.Describe());
            Results.Add(result);
            return result;
        }

        private void Ready(Result result, CourseRun run, DateOnly examined) =>
            Check(result.MarkReady([run.Examiner!], run.Reporter!, At(examined, 4), Field.Whole), result);

        private string Passing(CourseModuleInfo? module, CourseRun run)
        {
            var passing = (module?.GradingScale ?? run.Version.GradingScale).Grades.Where(g => g.IsPassing).ToList();
            return passing[random.Next(passing.Count)].Code;
        }

        private string Failing(CourseModuleInfo? module, CourseRun run)
        {
            var failing = (module?.GradingScale ?? run.Version.GradingScale).Grades.Where(g => !g.IsPassing).ToList();
            return failing[random.Next(failing.Count)].Code;
        }

        /// <summary>The grade of the largest module on the course's own scale, or the scale's lowest pass when no module shares it.</summary>
        private static string CourseGrade(CourseRun run, IReadOnlyList<Result> modules)
        {
            var scale = run.Version.GradingScale;
            return modules.Where(r => r.GradingScaleId == scale.Id).MaxBy(r => r.Credits)?.Grade ?? scale.Grades.First(g => g.IsPassing).Code;
        }

        private DateOnly Earliest(DateOnly date) => date < today ? date : today;

        /// <summary>
        /// A clock standing <paramref name="days"/> after <paramref name="date"/> (09:00 UTC), or now if that lies ahead: each step is dated as it
        /// would have been made.
        /// </summary>
        private FixedClock At(DateOnly date, int days)
        {
            var moment = new DateTimeOffset(date.AddDays(days).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var now = seeder.Clock.GetUtcNow();
            return new FixedClock(moment < now ? moment : now, seeder.Clock.LocalTimeZone);
        }

        private void Check(DomainError? refused, Result result)
        {
            if (refused is not null) throw new InvalidOperationException(
                $"The demo results of {seeder.UniversityCode} break a rule at {result.CourseCode} {result.ModuleCode}: {refused.Message}");
        }
    }

    private T Must<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException(
                $"The demo records of {university.Code} break a rule at {what}: {string.Join(" ", outcome.Errors.Select(e => e.Message))}");

    /// <summary>YYYYMMDDNNN and its Luhn check digit, written YYYYMMDD-NNNC.</summary>
    private static string WithCheckDigit(string elevenDigits) =>
        $"{elevenDigits[..8]}-{elevenDigits[8..]}{IdentityNumber.CheckDigit(elevenDigits.AsSpan(2, 9))}";

    private static string Ascii(string name) =>
        name.ToLowerInvariant().Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');

    private sealed class FixedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => zone;
    }
}
