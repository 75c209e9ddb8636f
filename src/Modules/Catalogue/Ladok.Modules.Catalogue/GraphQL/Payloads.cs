using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed record CoursePayload(Course? Course, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record CourseVersionPayload(CourseVersion? CourseVersion, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record OfferingPayload(Offering? Offering, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class CreateCoursePayloadType : PayloadType<CoursePayload>
{
    public CreateCoursePayloadType()
    {
        Name = "CreateCoursePayload";
        Field<CourseType>("course").Description("The new course; null when refused.").Resolve(c => c.Source.Course);
    }
}

public sealed class CreateCourseVersionPayloadType : PayloadType<CourseVersionPayload>
{
    public CreateCourseVersionPayloadType()
    {
        Name = "CreateCourseVersionPayload";
        Field<CourseVersionType>("courseVersion").Description("The new version; null when refused.").Resolve(c => c.Source.CourseVersion);
    }
}

public sealed class CreateOfferingPayloadType : PayloadType<OfferingPayload>
{
    public CreateOfferingPayloadType()
    {
        Name = "CreateOfferingPayload";
        Field<CourseOfferingType>("offering").Description("The new offering; null when refused.").Resolve(c => c.Source.Offering);
    }
}

public sealed class UpdateOfferingPayloadType : PayloadType<OfferingPayload>
{
    public UpdateOfferingPayloadType()
    {
        Name = "UpdateOfferingPayload";
        Field<CourseOfferingType>("offering").Description("The offering as changed; null when refused.").Resolve(c => c.Source.Offering);
    }
}

public sealed class ChangeCourseFundingPayloadType : PayloadType<CoursePayload>
{
    public ChangeCourseFundingPayloadType()
    {
        Name = "ChangeCourseFundingPayload";
        Field<CourseType>("course").Description("The course as changed; null when refused.").Resolve(c => c.Source.Course);
    }
}
