using Ladok.Kernel.Events;
using Ladok.Modules.Records.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Host.Tests;

/// <summary>The SDK's event names are the names the modules store their events under, so a plugin that subscribes by them gets them.</summary>
public sealed class PluginEventNameTests
{
    [Theory]
    [InlineData(typeof(ExamSignUpConfirmed), EventNames.ExamSignUpConfirmed)]
    [InlineData(typeof(ExamSignUpCancelled), EventNames.ExamSignUpCancelled)]
    [InlineData(typeof(ResultAttested), EventNames.ResultAttested)]
    [InlineData(typeof(RegistrationRecorded), EventNames.RegistrationRecorded)]
    public void An_event_name_of_the_sdk_is_the_name_records_stores_the_event_under(Type eventType, string sdkName) =>
        Assert.Equal(IntegrationEventNameAttribute.Of(eventType), sdkName);
}
