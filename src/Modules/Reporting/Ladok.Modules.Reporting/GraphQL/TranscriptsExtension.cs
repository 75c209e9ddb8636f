using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Reporting.GraphQL;

/// <summary>Adds <c>transcripts</c> to the Records module's <c>Student</c>: the transcripts issued to the student, which Reporting keeps.</summary>
public sealed class TranscriptsExtension : INodeTypeExtension
{
    public string TypeName => "Student";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssuedTranscriptType>>>>("transcripts")
            .Description("The transcripts issued to the student, newest first, as issued; downloading one again (`pdfUrl`) issues nothing new. "
                + "For those who may issue transcripts (records.register).")
            .RequirePolicy(TranscriptPolicy.Issue)
            .Resolve(c =>
            {
                var services = c.RequestServices!;
                var transcripts = services.GetRequiredService<TranscriptVerifier>();
                return services.GetRequiredService<BatchLoaderContext>()
                    .Get<Guid, List<IssuedTranscript>>("reporting.transcriptsOfStudent", transcripts.IssuedToStudentsAsync)
                    .Load(idOf(c.Source!))
                    .Then(issued => (IEnumerable<IssuedTranscript>?)issued ?? []);
            });
}

/// <summary>
/// Adds <c>transcripts</c> to the Records module's <c>MyStudies</c> (<c>me.student</c>): the transcripts issued to the signed-in student,
/// whoever issued them. It reads the student from the sign-in, never from the object, so it is the caller's own.
/// </summary>
public sealed class MyTranscriptsExtension : INodeTypeExtension
{
    public string TypeName => "MyStudies";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssuedTranscriptType>>>>("transcripts")
            .Description("Your transcripts, newest first, whether you or the student desk issued them; `pdfUrl` is a link to your own PDF.")
            .Resolve(c =>
            {
                var services = c.RequestServices!;
                var transcripts = services.GetRequiredService<TranscriptVerifier>();
                return services.GetRequiredService<BatchLoaderContext>()
                    .Get<Guid, List<IssuedTranscript>>("reporting.transcriptsOfStudent", transcripts.IssuedToStudentsAsync)
                    .Load(CallerIdentity.StudentIdOf(c.User) ?? throw new LadokException(KernelReasons.NotAStudent))
                    .Then(issued => (IEnumerable<IssuedTranscript>?)issued ?? []);
            });
}
