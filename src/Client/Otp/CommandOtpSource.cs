using System.Diagnostics;
using System.Globalization;

namespace MfaConformance.Client.Otp;

/// <summary>
/// Runs a shell command (<c>sh -c</c>; <c>cmd /c</c> on Windows) with MFA_BRAND, MFA_IDENTIFIER_TYPE,
/// MFA_IDENTIFIER_VALUE, MFA_SESSION_ID and MFA_DEVICE_ID set, and reads the OTP from the first non-empty
/// line of its standard output. A non-zero exit, no output or a timeout gives <see cref="OtpUnavailableException"/>.
/// </summary>
public sealed class CommandOtpSource : IOtpSource
{
    private readonly string _command;
    private readonly TimeSpan _timeout;

    public CommandOtpSource(string command, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        _command = command;
        _timeout = timeout ?? TimeSpan.FromSeconds(30);
        if (_timeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "the command timeout must be positive");
    }

    public string Name => "command";

    public async Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var process = new Process { StartInfo = StartInfo(request) };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new OtpUnavailableException($"OTP source 'command': could not start the shell: {ex.Message}", ex);
        }
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new OtpUnavailableException(
                $"OTP source 'command': the command did not finish within {_timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s (for {request.Describe()})");
        }
        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new OtpUnavailableException(
                $"OTP source 'command': the command exited with code {process.ExitCode} (for {request.Describe()}){FirstLine(errors, ": ")}");
        var otp = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return otp ?? throw new OtpUnavailableException($"OTP source 'command': the command printed nothing on stdout (for {request.Describe()})");
    }

    public override string ToString() => $"CommandOtpSource {{ Timeout = {_timeout} }}";

    private ProcessStartInfo StartInfo(OtpRequest request)
    {
        var windows = OperatingSystem.IsWindows();
        var info = new ProcessStartInfo(windows ? "cmd" : "sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add(windows ? "/c" : "-c");
        info.ArgumentList.Add(_command);
        info.Environment["MFA_BRAND"] = request.Brand;
        info.Environment["MFA_IDENTIFIER_TYPE"] = request.IdentifierType;
        info.Environment["MFA_IDENTIFIER_VALUE"] = request.IdentifierValue;
        info.Environment["MFA_SESSION_ID"] = request.SessionId ?? string.Empty;
        info.Environment["MFA_DEVICE_ID"] = request.DeviceId ?? string.Empty;
        return info;
    }

    private static string FirstLine(string text, string prefix)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null)
            return string.Empty;
        return prefix + (line.Length > 200 ? line[..200] + "…" : line);
    }
}
