using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Records.Domain;

/// <summary>Registreringstyp: how a student is registered on an offering.</summary>
public enum RegistrationKind
{
    /// <summary>FFG: första gången, the first registration on the course.</summary>
    FirstTime,

    /// <summary>FO: fortsättningsregistrering, the next term of a course that spans several terms.</summary>
    Continuation,

    /// <summary>OM: omregistrering, registering again on a course already taken; not funded.</summary>
    Repeat,
}

/// <summary>
/// Registrering: a student registered on a course offering for a term. The course and offering
/// codes are copied from the Catalogue when registering, so lists show them without asking it.
/// </summary>
public sealed class Registration
{
    private Registration()
    {
    }

    internal Registration(Guid studentId, OfferingInfo offering, RegistrationKind kind, string registeredBy, DateTimeOffset registeredAt)
    {
        Id = Guid.CreateVersion7();
        StudentId = studentId;
        OfferingId = offering.Id;
        CourseId = offering.CourseId;
        CourseCode = offering.CourseCode;
        DepartmentId = offering.DepartmentId;
        OfferingCode = offering.OfferingCode;
        Term = offering.Term.ToString();
        Kind = kind;
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The Catalogue's offering (kurstillfälle); no foreign key, it lives in another module.</summary>
    public Guid OfferingId { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; } = "";

    /// <summary>The department that gives the offering: it owns this activity data, and who may read it follows from it.</summary>
    public Guid DepartmentId { get; private set; }

    public string OfferingCode { get; private set; } = "";

    /// <summary>The offering's start term as written, such as HT2025.</summary>
    public string Term { get; private set; } = "";

    public RegistrationKind Kind { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The user id of the study administrator who registered the student.</summary>
    public string RegisteredBy { get; private set; } = "";

    /// <summary>Concurrency token (PostgreSQL's xmin).</summary>
    public uint RowVersion { get; private set; }
}
