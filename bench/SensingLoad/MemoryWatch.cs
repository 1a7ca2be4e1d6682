using System.Globalization;

namespace SmartRegion.Bench;

/// <summary>Samples a process's resident memory (VmRSS from /proc) every 200 ms and keeps the highest value.</summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly int pid;
    private readonly Timer timer;
    private long peakKilobytes;
    private long currentKilobytes;

    public MemoryWatch(int pid)
    {
        this.pid = pid;
        timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
    }

    public long PeakMegabytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref peakKilobytes) / 1024;
        }
    }

    public long CurrentMegabytes => Interlocked.Read(ref currentKilobytes) / 1024;

    private void Sample()
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        if (line is null)
        {
            return;
        }

        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        Interlocked.Exchange(ref currentKilobytes, kilobytes);
        long peak;
        while (kilobytes > (peak = Interlocked.Read(ref peakKilobytes)) && Interlocked.CompareExchange(ref peakKilobytes, kilobytes, peak) != peak)
        {
        }
    }

    public void Dispose() => timer.Dispose();
}
