using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.StepDefinitions.Tests.Target;

public sealed class ClockGateTests
{
    [Fact]
    public async Task EnterExclusiveAsync_WhileShared_WaitsUntilEverySharedHolderLeaves()
    {
        var gate = new ClockGate();
        var first = await gate.EnterSharedAsync(CancellationToken.None);
        var second = await gate.EnterSharedAsync(CancellationToken.None);

        var exclusive = gate.EnterExclusiveAsync(CancellationToken.None);
        exclusive.IsCompleted.ShouldBeFalse();
        await first.DisposeAsync();
        exclusive.IsCompleted.ShouldBeFalse();
        await second.DisposeAsync();

        await using var held = await exclusive;
        held.ShouldNotBeNull();
    }

    [Fact]
    public async Task EnterSharedAsync_WhileAnExclusiveHolderWaits_QueuesBehindIt()
    {
        var gate = new ClockGate();
        var shared = await gate.EnterSharedAsync(CancellationToken.None);
        var exclusive = gate.EnterExclusiveAsync(CancellationToken.None);

        var late = gate.EnterSharedAsync(CancellationToken.None);
        late.IsCompleted.ShouldBeFalse();
        await shared.DisposeAsync();
        var exclusiveLease = await exclusive;
        late.IsCompleted.ShouldBeFalse();
        await exclusiveLease.DisposeAsync();

        await using var lateLease = await late;
        lateLease.ShouldNotBeNull();
    }
}
