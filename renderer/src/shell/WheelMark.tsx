/** The product mark: a wheel in four quarters, one per step of plan, do, check and act. */
export function WheelMark() {
  return (
    <svg className="wheel-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M16 2v28M2 16h28" stroke="currentColor" strokeWidth="2" />
      <circle cx="16" cy="16" r="4" fill="currentColor" />
    </svg>
  );
}
