/** A one-line progress bar on stderr for long CLI work; silent when stderr is not a terminal. */
export class Progress {
  private total = 0;
  private count = 0;
  private lastDraw = 0;

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  start(total: number): void {
    this.total = total;
    this.count = 0;
    this.draw(true);
  }

  tick(n = 1): void {
    this.count += n;
    this.draw(false);
  }

  /** Sets the absolute count (for work that reports what remains). */
  set(count: number): void {
    this.count = count;
    this.draw(false);
  }

  done(): void {
    this.count = this.total;
    this.draw(true);
    if (this.out.isTTY) this.out.write('\n');
    else this.out.write(`${this.label}: ${this.total} done\n`);
  }

  private draw(force: boolean): void {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 30;
    const share = this.total ? this.count / this.total : 1;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    this.out.write(`\r${this.label} ${bar} ${this.count}/${this.total}`);
  }
}
