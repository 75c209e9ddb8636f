using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Ladok.Architecture.Tests;

/// <summary>
/// The domain names its own fields (<c>Field.Of(nameof(credits))</c>); only the GraphQL layer knows that a
/// client's path starts at the argument <c>input</c>. A string literal "input" in a module's Domain or
/// Application, or in a building block outside the Kernel's GraphQL layer, is a GraphQL input path leaking in.
/// Read from the IL (what the compiler kept of the source), with the source file each offender is in.
/// </summary>
internal static class InputLiterals
{
    private const string Input = "input";

    private const string InputFree =
        @"^(Ladok\.Modules\.\w+\.(Domain|Application)"
        + @"|Ladok\.Kernel(?!\.GraphQL(\.|$))|Ladok\.Plugins\.Sdk|Ladok\.LocalPostgres)(\..*)?$";

    public static IArchRule NoInputPathsOutsideGraphQL(ArchUnitNET.Domain.Architecture architecture)
    {
        var offenders = OffendersIn(architecture);
        return Types().That().ResideInNamespaceMatching(InputFree)
            .Should().FollowCustomCondition(
                type => new ConditionResult(type, !offenders.TryGetValue(type.FullName, out var file), $"uses the string \"{Input}\" in {file}"),
                $"use no string \"{Input}\"")
            .Because("domain errors name domain Fields; the GraphQL layer maps them to input paths");
    }

    /// <summary>Top-level types (by full name) whose code, lambdas and state machines included, loads the string "input"; with their source file.</summary>
    private static Dictionary<string, string> OffendersIn(ArchUnitNET.Domain.Architecture architecture)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .DistinctBy(a => a.FullName)
            .ToDictionary(a => a.FullName!, a => a.Location);
        var offenders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in architecture.Assemblies)
        {
            if (!loaded.TryGetValue(assembly.FullName, out var location) || location.Length == 0) continue;
            var symbols = File.Exists(Path.ChangeExtension(location, ".pdb"));
            using var module = ModuleDefinition.ReadModule(location, new ReaderParameters { ReadSymbols = symbols });
            foreach (var method in module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
            {
                if (!method.Body.Instructions.Any(i => i.OpCode == OpCodes.Ldstr && Equals(i.Operand, Input))) continue;
                var topLevel = method.DeclaringType;
                while (topLevel.DeclaringType is not null) topLevel = topLevel.DeclaringType;
                var file = method.DebugInformation.HasSequencePoints ? method.DebugInformation.SequencePoints[0].Document.Url : topLevel.Module.Name;
                offenders.TryAdd(topLevel.FullName, file);
            }
        }
        return offenders;
    }
}
