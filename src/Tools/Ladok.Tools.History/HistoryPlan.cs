using System.Globalization;

namespace Ladok.Tools.History;

/// <summary>
/// Draws a university's history from one <see cref="Random"/> seeded by the options, in a fixed
/// order, so the same options always give the same rows (ids included: they are sequential).
/// Nothing here touches the database.
/// </summary>
internal sealed class HistoryPlan
{
    private const string Generator = "generator", Examiner = "examiner", Reporter = "reporter";

    private static readonly string[] Faculties = ["Humanities", "Medicine", "Science and Technology", "Social Sciences"];
    private static readonly string[] FacultiesSv = [
        "Humanistisk fakultet", "Medicinsk fakultet", "Teknisk-naturvetenskaplig fakultet", "Samhällsvetenskaplig fakultet"];
    private static readonly string[][] Departments =
    [
        ["History", "Languages", "Philosophy", "Music", "Culture and Media"],
        ["Nursing", "Public Health", "Clinical Sciences", "Odontology", "Pharmacology"],
        ["Computing Science", "Mathematics", "Physics", "Chemistry", "Ecology"],
        ["Economics", "Law", "Psychology", "Political Science", "Education"],
    ];
    // Each faculty's educational area (utbildningsområde), and a second one a quarter of its courses share half with.
    private static readonly string[] FacultyAreas = ["Humanities", "Medicine", "NaturalSciences", "SocialSciences"];
    private static readonly string[] SecondAreas = ["Teaching", "Healthcare", "Technology", "Law"];

    /// <summary>SCB's subject groups (ämnesgrupper), two capital letters and a digit; FÖ1 keeps a Swedish letter in every export.</summary>
    private static readonly string[] SubjectGroups = ["DA1", "MA1", "FY1", "HI1", "JU1", "FÖ1", "BI1", "SV1"];

    private static readonly string[] Subjects =
    [
        "Introduction to", "Advanced", "Applied", "Theory of", "Methods in", "Topics in", "Foundations of", "Project in",
    ];
    private static readonly string[] FirstNames =
    [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Emma", "Per", "Elin", "Mikael", "Linnea", "Oskar",
        "Ida", "Nils", "Maja", "Gustav", "Alva", "Ahmed", "Fatima", "Ali", "Wilma", "Hugo", "Elsa", "Viktor", "Astrid", "Liam",
    ];
    private static readonly string[] LastNames =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
        "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm", "Sandberg", "Öberg", "Åström", "Hassan", "Lundgren",
    ];
    private static readonly decimal[] CreditChoices = [7.5m, 7.5m, 7.5m, 7.5m, 7.5m, 7.5m, 15m, 15m, 15m, 30m];
    private static readonly string[] ScaleCodes = ["U_G", "U_G_VG", "U_3_4_5", "A_F"];

    // Two kinds of student, as at a Swedish university: programme students read full time (30 hp a
    // term) for three to five years, some leaving after one or two; students of single courses
    // (fristående kurser) read one course a term for a year or two. Most who enter are the latter.
    private const double ProgrammeShare = 0.12;
    private static readonly (double Below, int Years)[] ProgrammeYears = [(0.12, 1), (0.2, 2), (0.5, 3), (0.85, 4), (1, 5)];
    private static readonly (double Below, int Years)[] SingleCourseYears = [(0.6, 1), (1, 2)];

    private readonly HistoryOptions options;
    private readonly Random random;
    private readonly IReadOnlyDictionary<string, ScaleSpec> scales;
    private readonly HashSet<string> identityNumbers = [];
    private readonly IReadOnlySet<string> takenNumbers;
    private readonly Dictionary<(int Year, bool Autumn), List<OfferingSpec>> offeringsByTerm = [];
    private readonly Dictionary<(int Year, bool Autumn, int Faculty), List<OfferingSpec>> offeringsByFaculty = [];
    private readonly Dictionary<Guid, List<OfferingSpec>> offeringsByCourse = [];
    private readonly Dictionary<string, long> counters = [];

    // taken: identity numbers already in the database (the demo university's students), never drawn.
    public HistoryPlan(HistoryOptions options, Guid universityId, IReadOnlyDictionary<string, ScaleSpec> scales, IReadOnlySet<string>? taken = null)
    {
        this.options = options;
        takenNumbers = taken ?? new HashSet<string>();
        this.scales = scales;
        random = new Random(options.Seed);
        BuildCatalogue(universityId);
    }

    public List<UnitSpec> Units { get; } = [];

    public List<CourseSpec> Courses { get; } = [];

    public List<OfferingSpec> Offerings { get; } = [];

    /// <summary>The years a student stays on average, from the two kinds of student and how long each stays.</summary>
    public static double MeanYears => ProgrammeShare * Mean(ProgrammeYears) + (1 - ProgrammeShare) * Mean(SingleCourseYears);

    /// <summary>
    /// Students entering each autumn: the size of the university ÷ <see cref="MeanYears"/>, so that
    /// about <see cref="HistoryOptions.Students"/> are enrolled in a year once the first cohorts have
    /// worked through (the first few years of a history have fewer).
    /// </summary>
    public int EnteringPerYear => Math.Max(1, (int)Math.Round(options.Students / MeanYears));

    private static double Mean((double Below, int Years)[] distribution) =>
        distribution.Select((d, i) => (d.Below - (i == 0 ? 0 : distribution[i - 1].Below)) * d.Years).Sum();

    /// <summary>
    /// A deterministic id: a fixed prefix ("ladk"), a tag per table and a counter, in big-endian
    /// order so each table's ids rise in the order rows are written (append-only index pages).
    /// Version nibble 8 (custom) and the RFC variant, so they are well-formed UUIDs.
    /// </summary>
    internal Guid NextId(string table)
    {
        var count = counters[table] = counters.GetValueOrDefault(table) + 1;
        Span<byte> bytes = stackalloc byte[16];
        bytes[0] = (byte)'l'; bytes[1] = (byte)'a'; bytes[2] = (byte)'d'; bytes[3] = (byte)'k';
        bytes[4] = (byte)table[0]; bytes[5] = (byte)table[1];
        bytes[6] = 0x80;
        bytes[7] = 0;
        bytes[8] = 0x80;
        for (var i = 15; i >= 9; i--)
        {
            bytes[i] = (byte)(count & 0xff);
            count >>= 8;
        }
        return new Guid(bytes, bigEndian: true);
    }

    private void BuildCatalogue(Guid universityId)
    {
        for (var f = 0; f < Faculties.Length; f++)
        {
            var faculty = new UnitSpec(NextId("ou"), $"GEN-F{f + 1}", "Faculty", FacultiesSv[f], $"Faculty of {Faculties[f]}", universityId, f);
            Units.Add(faculty);
            for (var d = 0; d < Departments[f].Length; d++)
            {
                Units.Add(new UnitSpec(NextId("ou"), $"GEN-D{f + 1}{d + 1}", "Department", $"Institutionen för {Departments[f][d].ToLowerInvariant()}",
                    $"Department of {Departments[f][d]}", faculty.Id, f));
            }
        }

        var departments = Units.Where(u => u.Kind == "Department").ToList();
        for (var c = 0; c < options.Courses; c++)
        {
            var department = departments[c % departments.Count];
            var credits = CreditChoices[random.Next(CreditChoices.Length)];
            var multiTerm = credits == 30m && random.NextDouble() < 0.4;
            var subject = Departments[department.Faculty][departments.IndexOf(department) % 5];
            var course = new CourseSpec
            {
                Id = NextId("co"),
                Index = c,
                // Six characters, a letter and a digit: 8, two letters for the department, three digits.
                Code = string.Create(CultureInfo.InvariantCulture, $"8{(char)('A' + departments.IndexOf(department))}G{c:D3}"),
                Department = department,
                // Every twentieth course is a doctoral course and another twentieth contract education: neither is funded.
                Level = c % 20 == 19 ? "Doctoral" : random.NextDouble() < 0.7 ? "FirstCycle" : "SecondCycle",
                FinancingForm = c % 20 == 9 ? "ContractEducation" : "Ordinary",
                Areas = c % 4 == 1
                    ? [(FacultyAreas[department.Faculty], 0.5m), (SecondAreas[department.Faculty], 0.5m)]
                    : [(FacultyAreas[department.Faculty], 1m)],
                // Every tenth course is not yet classified in SCB's subject groups, as happens in a real catalogue.
                SubjectGroup = c % 10 == 7 ? null : SubjectGroups[c % SubjectGroups.Length],
                NameSv = $"{subject} {c + 1}",
                NameEn = $"{Subjects[random.Next(Subjects.Length)]} {subject.ToLowerInvariant()} {c + 1}",
                Credits = credits,
                MultiTerm = multiTerm,
                Season = multiTerm ? 0 : random.NextDouble() < 0.2 ? 2 : random.Next(2),
                FirstPeriod = credits switch { 7.5m => random.Next(4), 15m => random.Next(2) * 2, _ => 0 },
            };
            Courses.Add(course);

            // One to three syllabus versions over the years; a later one may change scale and modules.
            var versions = random.NextDouble() < 0.5 ? 1 : random.NextDouble() < 0.6 ? 2 : 3;
            var from = options.FirstAcademicYear;
            for (var v = 1; v <= versions; v++)
            {
                if (v > 1)
                {
                    from += 1 + random.Next(Math.Max(1, (HistoryOptions.LastAcademicYear - from) / (versions - v + 2)));
                    if (from > HistoryOptions.LastAcademicYear) break;
                }
                course.Versions.Add(Version(course, v, from));
            }
        }

        for (var year = options.FirstAcademicYear; year <= HistoryOptions.LastAcademicYear; year++)
        {
            foreach (var course in Courses)
            {
                var version = course.Versions.Last(v => v.FromYear <= year);
                if (course.Season is 0 or 2) AddOffering(course, version, year, autumn: true);
                if (course.Season is 1 or 2) AddOffering(course, version, year, autumn: false);
            }
        }
    }

    private VersionSpec Version(CourseSpec course, int number, int fromYear)
    {
        var scale = scales[ScaleCodes[random.Next(ScaleCodes.Length)]];
        var version = new VersionSpec { Id = NextId("cv"), Course = course, Number = number, FromYear = fromYear, Scale = scale };
        // One in ten versions has no modules: only the course grade is reported.
        if (random.NextDouble() < 0.1) return version;

        var units = (int)(course.Credits / 1.5m);
        var modules = course.Credits switch { 7.5m => 1 + random.Next(2), 15m => 2 + random.Next(2), _ => 3 + random.Next(3) };
        // Module credits in whole 1.5 hp units that sum to the version's credits.
        var shares = Enumerable.Repeat(1, modules).ToArray();
        for (var left = units - modules; left > 0; left--) shares[random.Next(modules)]++;
        for (var m = 0; m < modules; m++)
        {
            var moduleScale = random.NextDouble() < 0.5 ? scales["U_G"] : scale;
            var code = string.Create(CultureInfo.InvariantCulture, $"{(m + 1) * 10:D4}");
            version.Modules.Add(new ModuleSpec(NextId("cm"), code, $"Moment {m + 1}", $"Part {m + 1}", shares[m] * 1.5m, moduleScale));
        }
        return version;
    }

    private OfferingSpec AddOffering(CourseSpec course, VersionSpec version, int year, bool autumn)
    {
        var termStart = TermStart(year, autumn);
        DateOnly start, end;
        DateOnly? springStart = null;
        int pace;
        if (course.MultiTerm)
        {
            // Half pace over the autumn term and the spring term: one offering from August to June.
            springStart = TermStart(year, autumn: false);
            (start, end, pace) = (termStart, springStart.Value.AddDays(20 * 7 - 3), 50);
        }
        else
        {
            var periods = (int)(course.Credits / 7.5m);
            start = termStart.AddDays(course.FirstPeriod * 35);
            end = start.AddDays(periods * 35 - 3);
            pace = 100;
        }

        var term = (autumn ? "HT" : "VT") + (autumn ? year : year + 1).ToString(CultureInfo.InvariantCulture);
        var code = string.Create(CultureInfo.InvariantCulture, $"{10000 + course.Index * 4 + (autumn ? 0 : 1)}");
        var offering = new OfferingSpec(NextId("of"), course, version, code, term, year, autumn, start, end, pace, springStart);
        Offerings.Add(offering);
        Add(offeringsByTerm, (year, autumn), offering);
        Add(offeringsByFaculty, (year, autumn, course.Department.Faculty), offering);
        Add(offeringsByCourse, course.Id, offering);
        return offering;
    }

    private static void Add<TKey>(Dictionary<TKey, List<OfferingSpec>> index, TKey key, OfferingSpec offering) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(offering);
    }

    /// <summary>Autumn: the Monday from 28 August; spring: the Monday from 18 January.</summary>
    private static DateOnly TermStart(int academicYear, bool autumn)
    {
        var day = autumn ? new DateOnly(academicYear, 8, 28) : new DateOnly(academicYear + 1, 1, 18);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        return day;
    }

    private static DateTimeOffset At(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    /// <summary>The students, in batches, in the order they are drawn.</summary>
    public IEnumerable<StudentBatch> StudentBatches()
    {
        var batch = new StudentBatch();
        for (var year = options.FirstAcademicYear; year <= HistoryOptions.LastAcademicYear; year++)
        {
            for (var s = 0; s < EnteringPerYear; s++)
            {
                Student(year, batch);
                if (batch.Students.Count >= options.StudentsPerBatch)
                {
                    yield return batch;
                    batch = new StudentBatch();
                }
            }
        }
        if (batch.Students.Count > 0) yield return batch;
    }

    private void Student(int entryYear, StudentBatch batch)
    {
        var birth = new DateOnly(entryYear - 19 - (random.NextDouble() < 0.7 ? random.Next(3) : random.Next(3, 15)), 1, 1).AddDays(random.Next(365));
        string number;
        do number = PersonalIdentityNumber.Make(birth, random.Next(1000));
        while (takenNumbers.Contains(number) || !identityNumbers.Add(number));

        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var student = new StudentRow(NextId("st"), number, first, last,
            random.NextDouble() < 0.8 ? $"{first}.{last}{identityNumbers.Count}@student.example".ToLowerInvariant() : null,
            At(TermStart(entryYear, true).AddDays(-30), 9));
        batch.Students.Add(student);

        var faculty = random.Next(Faculties.Length);
        var ability = (random.NextDouble() - 0.5) * 0.3;
        var programme = random.NextDouble() < ProgrammeShare;
        var roll = random.NextDouble();
        var years = (programme ? ProgrammeYears : SingleCourseYears).First(d => roll < d.Below).Years;
        var load = programme ? 30m : 7.5m;
        var taken = new HashSet<Guid>();
        var passedModules = new HashSet<Guid>();
        var retakes = new List<(CourseSpec Course, VersionSpec Version)>();
        var firstRegistration = batch.Registrations.Count;
        // Some pay tuition fees (betalande studenter) in every term they study.
        var feePaying = random.NextDouble() < 0.04;
        if (random.NextDouble() < 0.06) TransferCredits(student, entryYear, faculty, passedModules, batch);
        for (var year = entryYear; year < entryYear + years && year <= HistoryOptions.LastAcademicYear; year++)
        {
            foreach (var autumn in new[] { true, false })
            {
                var credits = 0m;
                // Re-registrations (OM) first: a course not completed earlier, on this term's offering.
                foreach (var retake in retakes.ToList())
                {
                    var again = offeringsByCourse[retake.Course.Id].FirstOrDefault(o => o.AcademicYear == year && o.Autumn == autumn);
                    if (again is null || random.NextDouble() < 0.3) continue;
                    retakes.Remove(retake);
                    if (again.Version != retake.Version) passedModules.ExceptWith(retake.Version.Modules.Select(m => m.Id));
                    Take(student, again, "Repeat", secondPart: false, ability, passedModules, retakes, batch);
                    credits += again.Course.Credits * again.Pace / 100m;
                }

                var home = offeringsByFaculty.GetValueOrDefault((year, autumn, faculty)) ?? [];
                var all = offeringsByTerm.GetValueOrDefault((year, autumn)) ?? [];
                for (var attempts = 0; credits < load && attempts < 20; attempts++)
                {
                    var pool = home.Count > 0 && random.NextDouble() < 0.8 ? home : all;
                    if (pool.Count == 0) break;
                    var offering = pool[random.Next(pool.Count)];
                    if (!taken.Add(offering.Course.Id)) continue;
                    var registration = Take(student, offering, "FirstTime", secondPart: false, ability, passedModules, retakes, batch);
                    credits += offering.Course.Credits * offering.Pace / 100m;
                    // The spring term of a two-term course: a continuation (FO) on the same offering, unless the student left it or
                    // simply did not register for the spring.
                    if (offering.SpringStart is not null && registration.DroppedOutOn is null && registration.WithdrawnOn is null && random.NextDouble() >= 0.2)
                    {
                        Take(student, offering, "Continuation", secondPart: true, ability, passedModules, retakes, batch);
                    }
                }
            }
        }

        if (feePaying)
        {
            foreach (var term in batch.Registrations.Skip(firstRegistration).Select(r => r.Term).Distinct())
            {
                batch.FeePayingTerms.Add(new FeePayingTermRow(NextId("fp"), student.Id, term, student.CreatedAt));
            }
        }
    }

    /// <summary>
    /// A tillgodoräknande on entry: a module (or a course without modules) of a course at the student's faculty, passed elsewhere,
    /// decided a few days after the term starts; the student is never examined on it here.
    /// </summary>
    private void TransferCredits(StudentRow student, int entryYear, int faculty, HashSet<Guid> passedModules, StudentBatch batch)
    {
        var courses = Courses.Where(c => c.Department.Faculty == faculty && c.Versions[0].FromYear <= entryYear).ToList();
        if (courses.Count == 0) return;
        var version = courses[random.Next(courses.Count)].Versions.Last(v => v.FromYear <= entryYear);
        var module = version.Modules.Count == 0 ? null : version.Modules[random.Next(version.Modules.Count)];
        var scale = module?.Scale ?? version.Scale;
        var decided = At(TermStart(entryYear, true).AddDays(3 + random.Next(20)), 10);
        batch.CreditTransfers.Add(new CreditTransferRow(NextId("rs"), student.Id, version, module, scale, scale.Passing[random.Next(scale.Passing.Length)].Code,
            module?.Credits ?? version.Course.Credits, DateOnly.FromDateTime(decided.Date).AddDays(-1), decided));
        if (module is not null) passedModules.Add(module.Id);
    }

    /// <summary>
    /// One registration and what came of it. A two-term offering is taken in two parts, each its own
    /// registration: the autumn part (FFG, term HT) and the spring part (<paramref name="secondPart"/>:
    /// FO, term VT), each examining half the modules within its own dates.
    /// </summary>
    private RegistrationRow Take(
        StudentRow student, OfferingSpec offering, string kind, bool secondPart, double ability, HashSet<Guid> passedModules,
        List<(CourseSpec, VersionSpec)> retakes, StudentBatch batch)
    {
        var (from, to) = offering.SpringStart is not { } spring ? (offering.Start, offering.End)
            : secondPart ? (spring, offering.End) : (offering.Start, spring.AddDays(-5));
        var term = secondPart ? "VT" + (offering.AcademicYear + 1).ToString(CultureInfo.InvariantCulture) : offering.Term;
        var registeredAt = At(from.AddDays(-1 - random.Next(20)), 8);
        var id = NextId("re");
        var roll = random.NextDouble();
        if (kind != "Continuation" && roll < 0.01)
        {
            // Återbud before the start: never counted, nothing reported.
            var withdrawn = new RegistrationRow(
                id, student.Id, offering, term, kind, registeredAt, null, false, null, offering.Start.AddDays(-1 - random.Next(5)));
            batch.Registrations.Add(withdrawn);
            return withdrawn;
        }
        if (kind != "Continuation" && roll < 0.03)
        {
            // Tidigt avbrott: within three weeks of the start, before any examination.
            var date = offering.Start.AddDays(1 + random.Next(14));
            var early = new RegistrationRow(id, student.Id, offering, term, kind, registeredAt, date, true, At(date, 12), null);
            batch.Registrations.Add(early);
            return early;
        }

        var version = offering.Version;
        var pending = new List<ResultRow>();
        var passProbability = Math.Clamp(0.8 + ability, 0.45, 0.98);
        var (firstModule, lastModule) = ModulesOf(offering, secondPart);
        var lastPassed = (DateOnly?)null;
        var allPassed = true;
        var length = to.DayNumber - from.DayNumber;
        for (var m = firstModule; m < lastModule; m++)
        {
            var module = version.Modules[m];
            if (passedModules.Contains(module.Id)) continue;
            var slot = from.AddDays(Math.Max(7, length * (m - firstModule + 1) / (lastModule - firstModule)) - 2);
            var passedOn = Examine(student, offering, module, module.Scale, module.Credits, slot, passProbability, pending);
            if (passedOn is { } date)
            {
                passedModules.Add(module.Id);
                lastPassed = lastPassed is { } before && before > date ? before : date;
            }
            else
            {
                allPassed = false;
            }
        }

        var lastPart = offering.SpringStart is null || secondPart;
        var completes = version.Modules.Count > 0 && version.Modules.All(m => passedModules.Contains(m.Id)) && lastPart;
        if (version.Modules.Count == 0 && lastPart)
        {
            var passedOn = Examine(student, offering, null, version.Scale, offering.Course.Credits, offering.End.AddDays(-2), passProbability, pending);
            allPassed = passedOn is not null;
            lastPassed = passedOn;
        }
        else if (completes && allPassed && version.Modules.Count > 0 && lastPassed is { } last)
        {
            // The course grade, once every module is passed, examined on the day of the last one.
            var grade = version.Scale.Passing[random.Next(version.Scale.Passing.Length)];
            var decided = At(last.AddDays(1 + random.Next(14)), 9);
            pending.Add(new ResultRow(NextId("rs"), student.Id, null!, null, version.Scale, grade.Code, true, offering.Course.Credits, last,
                decided.AddHours(-20), decided, null, null));
        }

        DateOnly? dropout = null;
        if (!allPassed && random.NextDouble() < 0.25)
        {
            // Studieavbrott later in the course: after the last passed result.
            var after = lastPassed is { } passed && passed > from ? passed : from.AddDays(22);
            dropout = after.AddDays(1 + random.Next(30));
        }
        else if (!allPassed && !offering.Course.MultiTerm)
        {
            retakes.Add((offering.Course, version));
        }

        var registration = new RegistrationRow(id, student.Id, offering, term, kind, registeredAt, dropout, false, dropout is { } d ? At(d, 12) : null, null);
        batch.Registrations.Add(registration);
        foreach (var row in pending) batch.Results.Add(row with { Registration = registration });

        if (random.NextDouble() < 0.01)
        {
            // Studieuppehåll during the course.
            var breakFrom = from.AddDays(7 + random.Next(20));
            batch.StudyBreaks.Add(new StudyBreakRow(NextId("sb"), id, breakFrom, breakFrom.AddDays(14 + random.Next(45)), At(breakFrom, 8)));
        }
        return registration;
    }

    /// <summary>The modules one registration examines: a two-term course's autumn part the first half, its spring part the rest.</summary>
    private static (int First, int Last) ModulesOf(OfferingSpec offering, bool secondPart)
    {
        var count = offering.Version.Modules.Count;
        if (offering.SpringStart is null) return (0, count);
        var half = count / 2;
        return secondPart ? (half, count) : (0, half);
    }

    /// <summary>Up to two sittings of one module (or the course) within the offering; returns the day it was passed.</summary>
    private DateOnly? Examine(
        StudentRow student, OfferingSpec offering, ModuleSpec? module, ScaleSpec scale, decimal credits, DateOnly slot,
        double passProbability, List<ResultRow> pending)
    {
        var date = Clamp(slot, offering);
        for (var sitting = 0; sitting < 2; sitting++)
        {
            var passed = random.NextDouble() < passProbability;
            var grade = passed ? scale.Passing[random.Next(scale.Passing.Length)] : scale.Failing[random.Next(scale.Failing.Length)];
            var decided = At(date.AddDays(1 + random.Next(14)), 9);
            var reported = decided.AddHours(-1 - random.Next(72));
            if (passed && random.NextDouble() < 0.02)
            {
                // Reported wrong, removed by an examiner, and reported again with the right grade.
                var requested = decided.AddDays(5 + random.Next(30));
                var removed = requested.AddDays(1 + random.Next(5));
                pending.Add(
                    new ResultRow(NextId("rs"), student.Id, null!, module, scale, grade.Code, true, credits, date, reported, decided, requested, removed));
                grade = scale.Passing[random.Next(scale.Passing.Length)];
                reported = removed.AddHours(2);
                decided = removed.AddDays(1 + random.Next(7));
            }
            pending.Add(new ResultRow(NextId("rs"), student.Id, null!, module, scale, grade.Code, passed, credits, date, reported, decided, null, null));
            if (passed) return date;
            date = Clamp(date.AddDays(14 + random.Next(30)), offering);
        }
        return null;
    }

    private static DateOnly Clamp(DateOnly date, OfferingSpec offering) =>
        date < offering.Start ? offering.Start : date > offering.End ? offering.End : date;

    internal static string CreatedBy => Generator;

    internal static string ExaminerId => Examiner;

    internal static string ReporterId => Reporter;
}
