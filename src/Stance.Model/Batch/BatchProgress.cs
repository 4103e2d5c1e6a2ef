namespace Stance.Model.Batch;

/// <summary>How far a batch has come.</summary>
public sealed record BatchProgress(int Done, int Total, int Skipped, TimeSpan Elapsed);
