import { useEffect, useState } from 'react';

/**
 * A short message from the shell (a sign-out or a notification that failed), where antd's `message` would
 * be: the shell has no antd (issue 17). Read out by screen readers; goes after a few seconds.
 */
export function useShellAlert() {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return;
    const timer = setTimeout(() => setText(null), 6000);
    return () => clearTimeout(timer);
  }, [text]);
  const alert = text === null ? null : (
    <div className="shell-alert" role="alert">
      {text}
    </div>
  );
  return { show: setText, alert };
}
