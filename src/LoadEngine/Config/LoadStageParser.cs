using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.LoadEngine.Config;

/// <summary>
/// Load stages from the command line (k6's <c>stages</c>, mapped onto the engine's simulations): <c>DURATION:RATE/s</c>
/// ramps the start rate linearly from the previous stage's (0 at first) to RATE over DURATION
/// (<see cref="Simulation.RampingInject"/>; a stage to the rate the previous one ended at holds it); the rate's unit
/// may be /s, /m or /DURATION (<c>30s:5/10s</c>). <c>DURATION:N</c> ramps the number of copies (closed model,
/// <see cref="Simulation.RampingConstant"/>). All stages of one run are of one model. Durations use the one grammar
/// (<see cref="DurationParser"/>: 500ms, 30s, 1h30m).
/// </summary>
public static partial class LoadStageParser
{
    /// <summary>An example for messages and help.</summary>
    public const string Example = "--stage 30s:100/s --stage 1m:100/s --stage 10s:0/s";

    /// <summary>Parses the stages in order (each text may hold several, separated by ',' or ';'); a bad one throws <see cref="LoadConfigException"/> naming it.</summary>
    public static IReadOnlyList<LoadSimulation> Parse(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var stages = texts.SelectMany(t => t.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(ParseOne).ToList();
        if (stages.Count > 0 && stages.Any(s => s.IsOpen) && stages.Any(s => s.IsClosed))
        {
            throw new LoadConfigException($"stages mix rates (RATE/s, open model) and copies (N, closed model): give one kind, e.g. {Example}");
        }

        return stages;
    }

    /// <summary>One stage.</summary>
    public static LoadSimulation ParseOne(string text)
    {
        var match = Shape().Match(text ?? string.Empty);
        if (!match.Success)
        {
            throw Bad(text, "expected DURATION:RATE/s (open model) or DURATION:COPIES (closed model), e.g. 30s:100/s or 1m30s:20");
        }

        if (!DurationParser.TryParse(match.Groups["during"].Value, out var during, out var problem))
        {
            throw Bad(text, problem);
        }

        if (during <= TimeSpan.Zero)
        {
            throw Bad(text, "its duration must be longer than 0");
        }

        if (!int.TryParse(match.Groups["target"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var target) || target > 1_000_000)
        {
            throw Bad(text, $"'{match.Groups["target"].Value}' is not a whole number from 0 to 1000000 (for a fractional rate give a longer unit: 5/10s is 0.5/s)");
        }

        if (!match.Groups["per"].Success)
        {
            return Simulation.RampingConstant(target, during);
        }

        var per = match.Groups["per"].Value.Trim();
        TimeSpan interval;
        if (per is "s" or "m" or "h")
        {
            interval = per switch { "s" => TimeSpan.FromSeconds(1), "m" => TimeSpan.FromMinutes(1), _ => TimeSpan.FromHours(1) };
        }
        else if (!DurationParser.TryParse(per, out interval, out var perProblem) || interval <= TimeSpan.Zero)
        {
            throw Bad(text, $"the rate's unit '/{per}' is not /s, /m or a duration such as /10s{(perProblem.Length > 0 ? $" ({perProblem})" : string.Empty)}");
        }

        return Simulation.RampingInject(target, interval, during);
    }

    /// <summary>A stage as the command line writes it.</summary>
    public static string Format(LoadSimulation stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.IsOpen
            ? $"{DurationParser.Format(stage.During)}:{stage.Rate}/{(stage.Interval == TimeSpan.FromSeconds(1) ? "s" : DurationParser.Format(stage.Interval))}"
            : $"{DurationParser.Format(stage.During)}:{stage.Copies}";
    }

    private static LoadConfigException Bad(string? text, string what) => new($"stage '{text}' is not valid: {what}");

    [GeneratedRegex(@"^\s*(?<during>[^:]+?)\s*:\s*(?<target>[0-9][0-9.]*)\s*(?:/\s*(?<per>[0-9A-Za-z.]+))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
