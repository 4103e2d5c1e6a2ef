namespace Stance.Cli.Tests.Cluster;

public sealed class ShardEnvironmentTests
{
    [Theory]
    [InlineData("2/8", "", 2, 8)]
    [InlineData("auto", "SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=4 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=4", 3, 4)]
    [InlineData("auto", "SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=7", 1, 8)]
    [InlineData("auto", "SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=1", 2, 5)]
    [InlineData("auto/4", "SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=1 SLURM_ARRAY_TASK_MIN=3 SLURM_ARRAY_TASK_MAX=3", 3, 4)]
    [InlineData("auto/6", "JOB_COMPLETION_INDEX=0", 1, 6)]
    [InlineData("auto/6", "JOB_COMPLETION_INDEX=5", 6, 6)]
    public void Shard_comes_from_the_value_or_the_engine(string value, string environment, int k, int n) =>
        Assert.Equal((k, n), ShardEnvironment.Parse(value, Variables(environment)));

    [Theory]
    [InlineData("auto", "", "neither SLURM_ARRAY_TASK_ID")]
    [InlineData("auto", "JOB_COMPLETION_INDEX=2", "auto/N")]
    [InlineData("auto/4", "JOB_COMPLETION_INDEX=4", "not below 4")]
    [InlineData("auto", "SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=1 SLURM_ARRAY_TASK_MIN=3 SLURM_ARRAY_TASK_MAX=3", "auto/N")]
    [InlineData("auto", "SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=4 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=7", "auto/N")]
    [InlineData("auto/4", "SLURM_ARRAY_TASK_ID=0", "--array=1-4")]
    [InlineData("auto/x", "SLURM_ARRAY_TASK_ID=1", "not 'auto/x'")]
    [InlineData("5/4", "", "not '5/4'")]
    [InlineData("auto", "SLURM_ARRAY_TASK_ID=1", "auto/N")]
    public void Unusable_values_and_environments_are_refused_saying_what_to_give(string value, string environment, string message)
    {
        var error = Assert.Throws<UsageException>(() => ShardEnvironment.Parse(value, Variables(environment)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Batch_without_an_engine_exits_with_usage_and_names_both_variables()
    {
        Skip.If(Environment.GetEnvironmentVariable(ShardEnvironment.SlurmTaskId) is not null || Environment.GetEnvironmentVariable(ShardEnvironment.KubernetesIndex) is not null, "the tests themselves run inside a job array");
        var result = CliRunner.Run("batch", RepoPaths.Of("seeds"), "--out", Path.Combine(Path.GetTempPath(), "never.jsonl"), "--shard", "auto");
        Assert.Equal(1, result.Exit);
        Assert.Contains("JOB_COMPLETION_INDEX", result.Err, StringComparison.Ordinal);
    }

    private static Func<string, string?> Variables(string text)
    {
        var map = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        return name => map.GetValueOrDefault(name);
    }
}
