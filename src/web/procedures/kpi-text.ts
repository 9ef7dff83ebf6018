const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "66,7%": the posting KPI as the server rounded it, with a decimal comma as in the reports. */
export const percentText = (percent: number) => `${oneDecimal.format(percent)}%`;
