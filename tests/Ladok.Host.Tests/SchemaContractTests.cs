using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Sdl;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Host.Tests;

/// <summary>The committed schema.graphql is the contract front ends build against; it must match the live schema.</summary>
public sealed class SchemaContractTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public void The_committed_schema_matches_the_live_schema()
    {
        var live = SchemaSdl.Print(host.Services.GetRequiredService<LadokSchema>());
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema.graphql")).ReplaceLineEndings("\n");

        Assert.True(committed == live,
            "schema.graphql differs from the live schema. Regenerate it with `dotnet run --project src/Host/Ladok.Host -- schema > schema.graphql`, " +
            "and check the diff for breaking changes (docs/graphql.md).");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = SchemaDescriptions.Missing(host.Services.GetRequiredService<LadokSchema>());

        Assert.True(missing.Count == 0, $"{missing.Count} without a description: {string.Join(", ", missing)}");
    }

    [Fact]
    public void An_undescribed_field_is_reported_by_its_type_and_name()
    {
        var schema = new LadokSchema(new GraphTypeActivator(), [new UndescribedPing()]);

        Assert.Contains("Query.ping", SchemaDescriptions.Missing(schema));
    }

    [Fact]
    public void Every_policy_a_root_field_declares_is_in_some_standard_profile()
    {
        var schema = host.Services.GetRequiredService<LadokSchema>();
        schema.Initialize();
        var functions = Ladok.Modules.Permissions.Domain.PermissionProfile.Standard.SelectMany(p => p.Functions).ToHashSet();

        var unreachable = new[] { schema.Query, schema.Mutation }.OfType<IObjectGraphType>()
            .SelectMany(root => root.Fields.Select(f => (Field: $"{root.Name}.{f.Name}", Policy: f.GetPolicy())))
            .Where(f => f.Policy is not (null or Policies.Public or Policies.SignedIn) && !functions.Contains(f.Policy))
            .Select(f => $"{f.Field} ({f.Policy})")
            .ToList();

        Assert.Empty(unreachable);
    }

    [Fact]
    public void Every_root_field_declares_a_policy()
    {
        var schema = host.Services.GetRequiredService<LadokSchema>();
        schema.Initialize();
        var roots = new[] { schema.Query, schema.Mutation }.OfType<IObjectGraphType>();

        var undeclared = roots.SelectMany(root => root.Fields.Where(f => f.GetPolicy() is null).Select(f => $"{root.Name}.{f.Name}")).ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void The_operations_of_api_md_that_exist_so_far_keep_their_names()
    {
        var sdl = SchemaSdl.Print(host.Services.GetRequiredService<LadokSchema>());

        foreach (var field in new[] { "university:", "node(", "organisationUnits:", "gradingScales:", "courses(", "course(", "offering(",
                     "createCourse(", "createCourseVersion(", "createOffering(", "updateOffering(",
                     "trainings:", "scheduleTrainingSession(", "enrolInTraining(", "recordTrainingCompletion(",
                     "student(", "students(", "createStudent(", "registerStudent(",
                     "admitStudent(", "setRegistrationWindow(", "registerMyself(", "withdrawMyself(", "recordFeePayment(", "recordSuspension(",
                     "markNotificationsRead(" })
        {
            Assert.Contains("  " + field, sdl, StringComparison.Ordinal);
        }
    }

    /// <summary>A contributor whose one field has no description.</summary>
    private sealed class UndescribedPing : ISchemaContributor
    {
        public void Contribute(SchemaComposition schema) => schema.Query.Field<StringGraphType>("ping").Resolve(_ => "pong");
    }

    /// <summary>Makes graph types as the host's container does; the fixture schema needs nothing else.</summary>
    private sealed class GraphTypeActivator : IServiceProvider
    {
        public object? GetService(Type serviceType) => typeof(IGraphType).IsAssignableFrom(serviceType) ? Activator.CreateInstance(serviceType) : null;
    }
}
