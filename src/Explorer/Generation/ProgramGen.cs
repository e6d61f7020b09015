using CsCheck;
using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Generation;

/// <summary>
/// The CsCheck generator of programs: a brand configuration (<see cref="ConfigurationGen"/>), the customers, and a walk
/// of 6 to 40 steps (<see cref="ProgramPlanner"/>), all drawn from one PCG stream, so a program is replayed exactly from
/// the seed printed with it. Its CsCheck size is its number of calls.
/// </summary>
public sealed class ProgramGen : Gen<ExplorerProgram>
{
    private static readonly Gen<CustomerKind> Customer = Gen.Frequency(
        (3, Gen.Const(CustomerKind.FirstTime)), (5, Gen.Const(CustomerKind.ReturningMobile)), (2, Gen.Const(CustomerKind.ReturningEmail)), (1, Gen.Const(CustomerKind.ReturningUsername)));

    private static readonly Gen<int> Length = Gen.Frequency((3, Gen.Int[6, 16]), (4, Gen.Int[14, 28]), (2, Gen.Int[26, 40]));

    public static ProgramGen Instance { get; } = new();

    /// <summary>The program whose seed is <paramref name="seed"/> (a CsCheck PCG seed string).</summary>
    public static ExplorerProgram FromSeed(string seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seed);
        return Instance.Generate(PCG.Parse(seed), null, out _);
    }

    public override ExplorerProgram Generate(PCG pcg, Size? min, out Size size)
    {
        ArgumentNullException.ThrowIfNull(pcg);
        var seed = pcg.ToString();
        var dice = new Dice(pcg);
        var configuration = dice.Generate(ConfigurationGen.Configuration);
        var setup = new ProgramSetup(configuration, dice.Generate(Customer), dice.Chance(35), dice.Chance(15));
        var steps = new ProgramPlanner(dice, setup).Plan(dice.Generate(Length));
        var program = new ExplorerProgram(setup, steps, seed);
        size = new Size((ulong)program.CallCount);
        return program;
    }
}
