namespace MfaConformance.Client.Otp;

/// <summary>
/// Asks a human: prints a prompt to <see cref="TextWriter"/> (console by default) and reads one line from
/// a <see cref="TextReader"/>. Prompts are serialised so concurrent scenarios do not interleave.
/// </summary>
public sealed class PromptOtpSource : IOtpSource
{
    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public PromptOtpSource(TextReader? input = null, TextWriter? output = null)
    {
        _input = input ?? Console.In;
        _output = output ?? Console.Out;
    }

    public string Name => "prompt";

    public async Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync($"Enter the OTP sent to {request.Describe()}: ").ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await _input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
                throw new OtpUnavailableException($"OTP source 'prompt': no input (end of stream) for {request.Describe()}");
            if (string.IsNullOrWhiteSpace(line))
                throw new OtpUnavailableException($"OTP source 'prompt': an empty line was entered for {request.Describe()}");
            return line.Trim();
        }
        finally
        {
            _gate.Release();
        }
    }
}
