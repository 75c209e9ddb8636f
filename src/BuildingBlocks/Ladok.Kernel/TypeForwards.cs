using System.Runtime.CompilerServices;
using Ladok.Kernel.Events;
using Ladok.Kernel.Periods;

// These types moved to Ladok.Kernel.Contracts with their full names. An assembly compiled when they
// were here (a university's plugin built against an older Contracts) still finds them through these.
[assembly: TypeForwardedTo(typeof(IIntegrationEvent))]
[assembly: TypeForwardedTo(typeof(IntegrationEventNameAttribute))]
[assembly: TypeForwardedTo(typeof(Term))]
[assembly: TypeForwardedTo(typeof(TermSeason))]
[assembly: TypeForwardedTo(typeof(AcademicYear))]
