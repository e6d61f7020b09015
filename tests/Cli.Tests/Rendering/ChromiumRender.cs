namespace MfaConformance.Cli.Tests.Rendering;

/// <summary>What Chromium made of a page: the DOM after scripts ran, and every console message it logged.</summary>
internal sealed record ChromiumRender(string Dom, IReadOnlyList<string> ConsoleMessages);
