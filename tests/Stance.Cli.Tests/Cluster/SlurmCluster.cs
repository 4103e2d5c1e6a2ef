using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Stance.Cli.Tests.Cluster;

/// <summary>
/// A real single-node Slurm cluster (Debian's slurm-wlm and munge) in a scratch folder: its own
/// munged socket and ports, so it touches nothing of the machine's; every daemon it starts is a
/// child whose PID it keeps, and Dispose stops exactly those.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class SlurmCluster : IDisposable
{
    private static readonly string[] Programs = ["/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch", "/usr/bin/setpriv"];
    private static readonly Lazy<string?> Missing = new(Install);
    private readonly string _folder;
    private readonly List<Process> _daemons = [];

    private SlurmCluster(string folder) => _folder = folder;

    /// <summary>Why the cluster cannot run here, or null when the packages are (now) installed.</summary>
    public static string? WhyMissing => Missing.Value;

    /// <summary>The environment every Slurm command (and so every job) gets.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Starts munged, slurmctld and slurmd and waits until the node is idle.</summary>
    public static SlurmCluster Start(string folder)
    {
        var cluster = new SlurmCluster(folder);
        try
        {
            cluster.Launch();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Runs sbatch --parsable with <paramref name="args"/>; returns the job ID.</summary>
    public string Submit(params string[] args) => Run("sbatch", ["--parsable", .. args]).Split(';')[0].Trim();

    /// <summary>Each task of a job (array tasks as ID_K) and its state.</summary>
    public Dictionary<string, string> States(string job)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Run("scontrol", "show", "job", "-o", job).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ').Select(f => f.Split('=', 2)).Where(f => f.Length == 2).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.First()[1]);
            var name = fields.TryGetValue("ArrayTaskId", out var task) ? $"{fields["ArrayJobId"]}_{task}" : fields["JobId"];
            states[name] = fields["JobState"] + (fields.TryGetValue("Reason", out var reason) && reason != "None" ? $" ({reason})" : string.Empty);
        }

        return states;
    }

    /// <summary>Waits until no task of <paramref name="job"/> is pending or running; returns their states.</summary>
    public Dictionary<string, string> Wait(string job, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var states = States(job);
            if (states.Count > 0 && states.Values.All(s => !s.StartsWith("PENDING", StringComparison.Ordinal) && !s.StartsWith("RUNNING", StringComparison.Ordinal) && !s.StartsWith("CONFIGURING", StringComparison.Ordinal) && !s.StartsWith("COMPLETING", StringComparison.Ordinal)))
            {
                return states;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"job {job} still not finished after {timeout.TotalSeconds:F0} s: {string.Join(", ", states.Select(s => $"{s.Key} {s.Value}"))}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Runs a Slurm client command with the cluster's environment; throws with its output when it fails.</summary>
    public string Run(string program, params string[] args)
    {
        var (exit, output) = Execute(program, args, Environment);
        return exit == 0 ? output : throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {exit}: {output}");
    }

    /// <summary>Stops the daemons this cluster started, by PID: slurmd and slurmctld, then munged.</summary>
    public void Dispose()
    {
        if (_daemons.Count == 3 && !_daemons.Any(d => d.HasExited))
        {
            // A failed test may leave jobs running: end them (their steps are slurmd's children, not ours).
            Execute("scancel", ["--signal=KILL", "--full", "--user=root"], Environment);
            var clock = Stopwatch.StartNew();
            while (Execute("squeue", ["-h", "-t", "RUNNING,COMPLETING"], Environment).Output.Trim().Length > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                Thread.Sleep(100);
            }
        }

        for (var i = _daemons.Count - 1; i >= 0; i--)
        {
            var daemon = _daemons[i];
            if (!daemon.HasExited)
            {
                Execute("kill", ["-TERM", daemon.Id.ToString(CultureInfo.InvariantCulture)], []);
                if (!daemon.WaitForExit(10_000))
                {
                    daemon.Kill();
                    daemon.WaitForExit(5_000);
                }
            }

            daemon.Dispose();
        }

        _daemons.Clear();
    }

    private void Launch()
    {
        foreach (var sub in new[] { "state", "spool", "log", "munge" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, sub));
        }

        // munged runs as the munge user and refuses a socket folder others may write.
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        var munge = Path.Combine(_folder, "munge");
        Run("chown", "munge:munge", munge);
        var socket = Path.Combine(munge, "munge.socket.2");
        var host = Execute("hostname", [], []).Output.Trim();
        var config = Path.Combine(_folder, "slurm.conf");
        File.WriteAllText(config, $"""
            ClusterName=stance-test
            SlurmctldHost={host}
            SlurmctldPort={FreePort()}
            SlurmdPort={FreePort()}
            SlurmUser=root
            AuthType=auth/munge
            AuthInfo=socket={socket}
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            ReturnToService=2
            MailProg=/bin/true
            StateSaveLocation={_folder}/state
            SlurmdSpoolDir={_folder}/spool
            SlurmctldPidFile={_folder}/slurmctld.pid
            SlurmdPidFile={_folder}/slurmd.pid
            SlurmctldLogFile={_folder}/log/slurmctld.log
            SlurmdLogFile={_folder}/log/slurmd.log
            JobAcctGatherType=jobacct_gather/none
            AccountingStorageType=accounting_storage/none
            # Schedule on each event rather than up to 3 s later, so the test stays short.
            SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
            NodeName={host} CPUs={System.Environment.ProcessorCount} RealMemory=1024 State=UNKNOWN
            PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP

            """);
        Environment["SLURM_CONF"] = config;

        Daemon("munged", $"exec setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged -F --socket={socket} --pid-file={munge}/munged.pid --log-file={munge}/munged.log --seed-file={munge}/munged.seed");
        WaitUntil(() => File.Exists(socket), "munged never created its socket", "munged");
        Daemon("slurmctld", "exec /usr/sbin/slurmctld -D");
        Daemon("slurmd", "exec /usr/sbin/slurmd -D");
        WaitUntil(() => Execute("sinfo", ["-h", "-o", "%t"], Environment).Output.Trim() == "idle", "the node never became idle", "slurmctld", "slurmd");
    }

    /// <summary>Starts a daemon in the foreground through 'exec', so the child's PID is the daemon's.</summary>
    private void Daemon(string name, string command)
    {
        var info = new ProcessStartInfo("bash", ["-c", $"{command} > {Path.Combine(_folder, "log", name + ".out")} 2>&1"]) { UseShellExecute = false };
        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }

        _daemons.Add(Process.Start(info)!);
    }

    private void WaitUntil(Func<bool> ready, string failure, params string[] logs)
    {
        var clock = Stopwatch.StartNew();
        while (!ready())
        {
            var dead = _daemons.FirstOrDefault(d => d.HasExited);
            if (dead is not null || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                var text = string.Join("\n", logs.Select(l => Path.Combine(_folder, "log", l + ".out")).Where(File.Exists).Select(File.ReadAllText));
                throw new InvalidOperationException($"{failure}{(dead is null ? string.Empty : " (a daemon exited)")}:\n{text}");
            }

            Thread.Sleep(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int Exit, string Output) Execute(string program, string[] args, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string? Install()
    {
        if (Programs.All(File.Exists))
        {
            return null;
        }

        if (System.Environment.UserName != "root")
        {
            return "Slurm is not installed and installing it (and running slurmd) needs root";
        }

        try
        {
            var (_, output) = Execute("bash", ["-c", "(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm slurmctld slurmd slurm-client munge) 2>&1 | tail -3"], []);
            return Programs.All(File.Exists) ? null : $"Slurm is not installed and 'apt-get install slurm-wlm slurmctld slurmd slurm-client munge' failed: {output.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"Slurm is not installed and apt-get could not run: {e.Message}";
        }
    }
}
