using System.Text.Json.Nodes;

namespace MfaConformance.Explorer.Programs;

/// <summary>
/// A program's set-up: a private brand with <see cref="Configuration"/> (B2), the customer (C1–C3), optionally the other
/// customer (C4) and a second brand on which the customer also has an account (B3, C5).
/// </summary>
public sealed record ProgramSetup(JsonObject Configuration, CustomerKind Customer, bool OtherCustomer, bool SecondBrand)
{
    /// <summary>The customer's password literal (returning customers).</summary>
    public const string CustomerPassword = "\"Passw0rd!old\"";

    /// <summary>The other customer's password literal.</summary>
    public const string OtherPassword = "\"Passw0rd!oth\"";

    /// <summary>The password literal of the customer's account on the second brand.</summary>
    public const string SecondBrandPassword = "\"Passw0rd!sec\"";

    public ProgramSetup WithConfiguration(JsonObject configuration) => this with { Configuration = configuration };
}
