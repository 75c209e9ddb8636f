using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Ladok.Host.Composition;

internal static class Cors
{
    /// <summary>Browser front ends on other origins: the allow-list <c>Cors:Origins</c>, empty by default.</summary>
    public static void AddLadokCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
            options.AddDefaultPolicy(policy => policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Authorization", "Content-Type"));
        });
    }
}
