import { InputNumber } from 'antd';

type Props = { label: string; max: number; value: number | null; onChange: (points: number | null) => void; placeholder: string };

/**
 * Points as Vietnamese write them ("1,5", "3"), from 0 to the criterion's maximum (a larger number is brought
 * down to it). The default formatter pads to the step's decimals ("1,0"); while typing, the text stays as typed.
 */
export function PointsInput({ label, max, value, onChange, placeholder }: Props) {
  return (
    <InputNumber<number>
      aria-label={label}
      min={0}
      max={max}
      step={0.5}
      decimalSeparator=","
      formatter={(text, { userTyping, input }) => (userTyping ? input : String(text ?? '').replace('.', ','))}
      placeholder={placeholder}
      value={value}
      onChange={(points) => onChange(points ?? null)}
      className="score-input"
    />
  );
}
