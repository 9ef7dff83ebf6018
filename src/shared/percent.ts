const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "66,7%": a share as the server rounded it, with a decimal comma as in the reports; every page writes shares so. */
export const percentText = (percent: number) => `${oneDecimal.format(percent)}%`;
