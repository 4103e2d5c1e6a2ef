namespace Stance.Cli;

/// <summary>The process exit codes, documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bad usage: unknown command or option, missing argument.</summary>
    public const int Usage = 1;

    /// <summary>An input file or folder could not be read or decoded.</summary>
    public const int InputNotReadable = 2;

    /// <summary>The model file is missing, corrupt, foreign or incompatible.</summary>
    public const int ModelInvalid = 3;

    /// <summary>A labeled data file is malformed.</summary>
    public const int DataInvalid = 4;

    /// <summary>An output file could not be written, or exists and may not be overwritten.</summary>
    public const int OutputNotWritable = 5;

    /// <summary>A batch finished but skipped some files (listed in the errors file).</summary>
    public const int SomeSkipped = 6;

    /// <summary>--resume asked something else than the interrupted run (other inputs, format, outputs, model...).</summary>
    public const int ResumeRefused = 7;

    /// <summary>The inputs and filters select no article file.</summary>
    public const int NothingSelected = 8;

    /// <summary>merge refused its inputs: mixed formats, headers, models or run parameters.</summary>
    public const int MergeRefused = 9;

    /// <summary>Stopped by Ctrl-C or SIGTERM; the run can be resumed.</summary>
    public const int Interrupted = 130;
}
