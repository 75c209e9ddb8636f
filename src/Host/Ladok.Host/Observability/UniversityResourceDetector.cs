using Ladok.Plugins.Sdk;
using OpenTelemetry.Resources;

namespace Ladok.Host.Observability;

/// <summary>Tags every span, metric and log with the university this host serves (<c>ladok.university</c>), so one collector can take several.</summary>
internal sealed class UniversityResourceDetector(IUniversityProfile university) : IResourceDetector
{
    public Resource Detect() => new([new KeyValuePair<string, object>("ladok.university", university.Code)]);
}
