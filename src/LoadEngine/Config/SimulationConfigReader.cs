using System.Text.Json;
using static MfaConformance.LoadEngine.Config.LoadConfigParser;

namespace MfaConformance.LoadEngine.Config;

/// <summary>Reads one simulation object such as <c>{"inject":{"rate":50,"interval":"1s","during":"30s"}}</c>.</summary>
internal static class SimulationConfigReader
{
    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        ["inject"] = ["rate", "interval", "during"],
        ["rampingInject"] = ["rate", "interval", "during"],
        ["iterationsForInject"] = ["rate", "interval", "iterations"],
        ["keepConstant"] = ["copies", "during"],
        ["rampingConstant"] = ["copies", "during"],
        ["iterationsForConstant"] = ["copies", "iterations"],
        ["pause"] = ["during"],
    };

    public static LoadSimulation Read(JsonElement element, string path)
    {
        var properties = Object(element, path).EnumerateObject().ToList();
        if (properties.Count != 1)
        {
            throw new LoadConfigException($"{path}: a simulation is an object with exactly one key ({string.Join(", ", Keys.Keys)})");
        }

        var kind = properties[0].Name;
        var at = $"{path}.{kind}";
        if (!Keys.TryGetValue(kind, out var expected))
        {
            throw Unknown(path, kind, string.Join(", ", Keys.Keys));
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in Object(properties[0].Value, at).EnumerateObject())
        {
            if (System.Array.IndexOf(expected, p.Name) < 0)
            {
                throw Unknown(at, p.Name, string.Join(", ", expected));
            }

            values[p.Name] = p.Value;
        }

        foreach (var key in expected)
        {
            if (!values.ContainsKey(key))
            {
                throw new LoadConfigException($"{at}: missing \"{key}\" (needs {string.Join(", ", expected)})");
            }
        }

        return kind switch
        {
            "inject" => Simulation.Inject(NonNegativeInt(values["rate"], $"{at}.rate"), Duration(values["interval"], $"{at}.interval"), Duration(values["during"], $"{at}.during")),
            "rampingInject" => Simulation.RampingInject(NonNegativeInt(values["rate"], $"{at}.rate"), Duration(values["interval"], $"{at}.interval"), Duration(values["during"], $"{at}.during")),
            "iterationsForInject" => Simulation.IterationsForInject(PositiveInt(values["rate"], $"{at}.rate"), Duration(values["interval"], $"{at}.interval"), PositiveLong(values["iterations"], $"{at}.iterations")),
            "keepConstant" => Simulation.KeepConstant(NonNegativeInt(values["copies"], $"{at}.copies"), Duration(values["during"], $"{at}.during")),
            "rampingConstant" => Simulation.RampingConstant(NonNegativeInt(values["copies"], $"{at}.copies"), Duration(values["during"], $"{at}.during")),
            "iterationsForConstant" => Simulation.IterationsForConstant(PositiveInt(values["copies"], $"{at}.copies"), PositiveLong(values["iterations"], $"{at}.iterations")),
            _ => Simulation.Pause(Duration(values["during"], $"{at}.during")),
        };
    }
}
