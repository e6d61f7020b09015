using System.Globalization;
using MfaConformance.HostileTarget;

// dotnet run --project bench/HostileTarget -- huge|huge-chunked|late|stall|yes-man [--port N] [--delay 20s] [--bytes 52428800]
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: HostileTarget huge|huge-chunked|late|stall|yes-man [--port N] [--delay SECONDS] [--bytes N]");
    return args.Length == 0 ? 2 : 0;
}

var behaviour = args[0] switch
{
    "huge" => HostileBehaviour.Huge,
    "huge-chunked" => HostileBehaviour.HugeChunked,
    "late" => HostileBehaviour.Late,
    "stall" => HostileBehaviour.Stall,
    "yes-man" => HostileBehaviour.YesMan,
    _ => (HostileBehaviour?)null,
};
if (behaviour is null)
{
    Console.Error.WriteLine($"error: unknown behaviour '{args[0]}' (huge, huge-chunked, late, stall, yes-man)");
    return 2;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var port = Option("--port") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 0;
var delay = Option("--delay") is { } d ? TimeSpan.FromSeconds(double.Parse(d.TrimEnd('s'), CultureInfo.InvariantCulture)) : TimeSpan.FromSeconds(20);
var bytes = Option("--bytes") is { } b ? long.Parse(b, CultureInfo.InvariantCulture) : HostileTargetServer.DefaultHugeBytes;

await using var server = new HostileTargetServer(behaviour.Value, delay, bytes, port);
Console.WriteLine($"Hostile target ({args[0]}) listening on {server.Url}. Ctrl+C stops.");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
try
{
    await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C
}

Console.WriteLine($"{server.Requests} requests served.");
return 0;
