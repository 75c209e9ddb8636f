using System.Security.Claims;
using System.Text.Json.Nodes;
using Autofac;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Kernel.Tests;

/// <summary>A declared mutation through GraphQL.NET: the caller, the decoded ids, the handler's outcome and the input paths.</summary>
public sealed class MutationDeclarationTests : IDisposable
{
    private static readonly ClaimsPrincipal Anna = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "anna")], "test"));
    private static readonly ClaimsPrincipal Nameless = new(new ClaimsIdentity([new Claim("sub", "42")], "test"));

    private readonly IContainer container;
    private readonly Services services;
    private readonly LadokSchema schema;

    public MutationDeclarationTests()
    {
        var builder = new ContainerBuilder();
        builder.RegisterModule<KernelModule>();
        builder.RegisterCommandHandler<NameThingHandler>();
        container = builder.Build();
        services = new Services(container);
        schema = new LadokSchema(services, [new Contributor()]);
    }

    [Fact]
    public async Task The_command_carries_the_caller_and_the_decoded_id_to_the_handler()
    {
        var id = Guid.NewGuid();

        var payload = await RunAsync(GlobalId.Encode("Thing", id), "Algebra", Anna);

        Assert.Empty(payload.Errors);
        Assert.Equal($"Algebra ({id}) by anna", payload.Name);
    }

    [Fact]
    public async Task A_sign_in_without_a_user_id_is_refused_before_the_handler_runs()
    {
        var payload = await RunAsync(GlobalId.Encode("Thing", Guid.NewGuid()), "Algebra", Nameless);

        var error = Assert.Single(payload.Errors);
        // Outside a request the language is the default one, Swedish.
        Assert.Equal(("UNAUTHENTICATED", "NO_USER_ID", "Din inloggning saknar användar-id."), (error.Code, error.Reason, error.Message));
        Assert.Empty(error.Path);
        Assert.Null(payload.Name);
    }

    [Fact]
    public async Task An_id_of_another_type_is_refused_at_its_input_path()
    {
        var payload = await RunAsync(GlobalId.Encode("Course", Guid.NewGuid()), "Algebra", Anna);

        var error = Assert.Single(payload.Errors);
        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal(["input", "thingId"], error.Path);
        Assert.Null(payload.Name);
    }

    [Fact]
    public async Task A_refusal_on_a_field_the_input_calls_otherwise_reaches_the_input_name()
    {
        var payload = await RunAsync(GlobalId.Encode("Thing", Guid.NewGuid()), "", Anna);

        Assert.Equal([["input", "title"], ["input"]], payload.Errors.Select(e => e.Path));
    }

    public void Dispose() => container.Dispose();

    /// <summary>Runs the mutation and reads its payload as a client would, from the serialised response.</summary>
    private async Task<NameThingPayload> RunAsync(string thingId, string name, ClaimsPrincipal user)
    {
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = $$"""mutation { nameThing(input: { thingId: "{{thingId}}", name: "{{name}}" }) { name errors { code reason message path } } }""";
            options.User = user;
            options.RequestServices = services;
        });
        Assert.Null(result.Errors);
        var response = JsonNode.Parse(new GraphQLSerializer().Serialize(result))!["data"]!["nameThing"]!;
        var errors = response["errors"]!.AsArray()
            .Select(e => new Error(e!["code"]!.GetValue<string>(), e["reason"]!.GetValue<string>(), e["message"]!.GetValue<string>(),
                e["path"]!.AsArray().Select(p => p!.ToString()).ToList()))
            .ToList();
        return new NameThingPayload(response["name"]?.GetValue<string>(), errors);
    }

    public sealed record NameThing(Guid ThingId, string Name, string By);

    /// <summary>Refuses an empty name on <c>Name</c> (which the input calls <c>title</c>) and, at once, the whole command.</summary>
    private sealed class NameThingHandler : ICommandHandler<NameThing, string>
    {
        public Task<Outcome<string>> HandleAsync(NameThing command, CancellationToken cancellationToken) =>
            Task.FromResult(command.Name.Length == 0
                ? Outcome<string>.Failure(
                    [
                        DomainError.Of(KernelReasons.Required, Field.Of(nameof(NameThing.Name)), new Wording("Namn", "A name")),
                        DomainError.Of(KernelReasons.Conflict, Field.Whole),
                    ])
                : Outcome<string>.Success($"{command.Name} ({command.ThingId}) by {command.By}"));
    }

    private sealed class Contributor : ISchemaContributor
    {
        public void Contribute(SchemaComposition schema)
        {
            schema.Query.Field<StringGraphType>("ping").Resolve(_ => "pong");
            schema.AddMutation(new MutationDeclaration<NameThingInput, NameThing, string>
            {
                Name = "nameThing",
                Description = "Names a thing.",
                Policy = "signed-in",
                InputType = typeof(NameThingInputType),
                Command = (input, call) => new NameThing(
                    By: call.UserId,
                    ThingId: call.Id(input.ThingId, "Thing", Field.Of(nameof(NameThing.ThingId))),
                    Name: input.Name),
                Payload = [new("name", typeof(StringGraphType), "The thing's new name; null when refused.")],
                InputNames = { [nameof(NameThing.Name)] = "title" },
            });
        }
    }

    public sealed class NameThingInput
    {
        public string ThingId { get; init; } = "";
        public string Name { get; init; } = "";
    }

    public sealed class NameThingInputType : InputObjectGraphType<NameThingInput>
    {
        public NameThingInputType()
        {
            Name = "NameThingInput";
            Field(i => i.ThingId);
            Field(i => i.Name);
        }
    }

    private sealed record NameThingPayload(string? Name, IReadOnlyList<Error> Errors);

    private sealed record Error(string Code, string Reason, string Message, IReadOnlyList<string> Path);

    /// <summary>The container for the pipeline; graph types made as the host's container makes them.</summary>
    private sealed class Services(IContainer container) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            container.ResolveOptional(serviceType) ?? (typeof(IGraphType).IsAssignableFrom(serviceType) ? Activator.CreateInstance(serviceType) : null);
    }
}
