using GraphQL;
using GraphQL.DataLoader;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Modules.Permissions.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Permissions.GraphQL;

internal static class Loaders
{
    public static IDataLoaderResult<IEnumerable<HistoryStep>> History(IResolveFieldContext context, Guid subjectId)
    {
        var services = context.RequestServices!;
        var reader = services.GetRequiredService<PermissionsReader>();
        return services.GetRequiredService<BatchLoaderContext>()
            .Get<Guid, List<HistoryStep>>("permissions.history", reader.HistoryAsync)
            .Load(subjectId)
            .Then(entries => (IEnumerable<HistoryStep>?)entries ?? []);
    }
}
