namespace MfaConformance.LoadEngine.Config;

/// <summary>Applies a <see cref="LoadConfig"/> onto a run's settings and scenarios.</summary>
internal static class LoadConfigApplier
{
    public static void Apply(LoadRunBuilder builder, LoadConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.ReportFolder is { } folder)
        {
            builder.WithReportFolder(folder);
        }

        if (config.ReportFormats is { } formats)
        {
            builder.SetReportFormats(formats);
        }

        if (config.ReportingInterval is { } interval)
        {
            builder.WithReportingInterval(interval);
        }

        if (config.MaxConcurrency is { } max)
        {
            builder.WithMaxConcurrency(max);
        }

        if (config.OverloadStopOff)
        {
            builder.WithOverloadStop(null);
        }
        else if (config.OverloadStopAfter is { } overload)
        {
            builder.WithOverloadStop(overload);
        }

        if (config.LateStartBound is { } bound)
        {
            builder.WithLateStartBound(bound);
        }

        if (config.ConsoleProgress is { } progress)
        {
            builder.WithConsoleProgress(progress);
        }

        builder.WithThresholds([.. config.Thresholds]);
        foreach (var (name, scenarioConfig) in config.Scenarios)
        {
            var index = IndexOf(builder.Scenarios, name);
            var props = builder.Scenarios[index];
            if (scenarioConfig.WarmUp is { } warmUp)
            {
                props = props.WithWarmUpDuration(warmUp);
            }

            if (scenarioConfig.MaxFailCount is { } maxFail)
            {
                props = props.WithMaxFailCount(maxFail);
            }

            if (scenarioConfig.Simulations is { } simulations)
            {
                props = props.WithLoadSimulations([.. simulations]);
            }

            builder.ReplaceScenario(index, props);
            builder.WithThresholds([.. scenarioConfig.Thresholds]);
        }
    }

    private static int IndexOf(IReadOnlyList<ScenarioProps> scenarios, string name)
    {
        for (var i = 0; i < scenarios.Count; i++)
        {
            if (string.Equals(scenarios[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new LoadConfigException(
            $"$.scenarios.{name}: no registered scenario is named '{name}' (registered: {string.Join(", ", scenarios.Select(s => s.Name))})");
    }
}
