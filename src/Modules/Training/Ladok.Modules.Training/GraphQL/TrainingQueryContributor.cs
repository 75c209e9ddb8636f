using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Modules.Training.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Training.GraphQL;

public sealed class TrainingQueryContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        var query = schema.Query;

        // Signed-in, not a training policy: a new employee with no permissions yet must find the training they need.
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingType>>>>("trainings")
            .Description("Every staff training (utbildningar för behörigheter) with its sessions, by code.")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c => await Reader(c).TrainingsAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingCompletionType>>>>("myTrainings")
            .Description("The trainings you have completed, newest first; expired ones too (see `expiresOn`).")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c => await Reader(c).CompletionsOfUserAsync(
                CallerIdentity.RequireUserId(c.User), c.CancellationToken));
    }

    private static TrainingReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TrainingReader>();
}
