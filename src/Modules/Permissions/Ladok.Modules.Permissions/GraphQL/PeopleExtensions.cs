using GraphQL.Types;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Permissions.GraphQL;

/// <summary>Adds <c>examiners</c> to the Catalogue's <c>CourseOffering</c>: the picker for <c>markResultsReady</c>.</summary>
public sealed class OfferingExaminersExtension : INodeTypeExtension
{
    public string TypeName => "CourseOffering";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserType>>>>("examiners")
            .Description("Who holds an attesting right (attesteringsrätt) on the offering's course, by name: whom `markResultsReady` may name as examiners.")
            .Resolve(c => Loaders.ExaminersOfOffering(c, idOf(c.Source!)));
}

/// <summary>Adds <c>grants</c> to the Catalogue's <c>OrganisationUnit</c>: who holds what there, for those who decide there.</summary>
public sealed class UnitGrantsExtension : INodeTypeExtension
{
    public string TypeName => "OrganisationUnit";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<ListGraphType<NonNullGraphType<GrantType>>>("grants")
            .Description("The active permissions held at this unit itself (those at units above it hold here too, and are listed there), by user id and "
                + "profile. For the unit's prefekt and administrators above it, as deciding applications; null with FORBIDDEN for anyone else.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var caller = CallerIdentity.CallerOf(c.User) ?? throw new LadokException(KernelReasons.Unauthenticated);
                var unitId = idOf(c.Source!);
                var grants = await services.GetRequiredService<GrantPolicyEvaluator>().ActiveGrantsAsync(c.User!, caller, c.CancellationToken);
                if (!await services.GetRequiredService<CallerRights>().AllowsAtAsync(grants, PermissionPolicies.Decide, unitId, c.CancellationToken))
                {
                    throw new LadokException(PermissionReasons.HoldersHidden);
                }
                return Loaders.GrantsAtUnit(c, unitId);
            });
}
