import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { FteFigures } from '../fte';

// Only the pieces a bar chart needs, so the chart's chunk stays small (docs/benchmarks.md).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The figures as grouped bars. A picture only: the table beside it carries the same figures for everyone. */
export default function FteChart({ rows, hstLabel, hprLabel, label, format }: {
  rows: FteFigures[]; hstLabel: string; hprLabel: string; label: string; format: (value: number) => string;
}) {
  return (
    <div className="chart-canvas">
      <Bar
        role="img"
        aria-label={label}
        data={{
          labels: rows.map((row) => row.label),
          datasets: [
            { label: hstLabel, data: rows.map((row) => row.hst), backgroundColor: '#00315c' },
            { label: hprLabel, data: rows.map((row) => row.hpr), backgroundColor: '#b35900' },
          ],
        }}
        options={{
          animation: false,
          maintainAspectRatio: false,
          plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${format(Number(item.raw))}` } } },
        }}
      />
    </div>
  );
}
