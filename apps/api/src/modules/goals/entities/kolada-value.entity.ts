import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Kolada's published value of a key figure for one kommun, region or the whole country in one year —
 * for every organisation in Sweden, not only cohort members: the impact view's comparison data
 * (docs/domain.md, "Impact"). Written only by the Kolada worker (the weekly fetch); a `null` from Kolada
 * stays null (missing, never 0). Public data: Kolada publishes it openly.
 */
@Entity('kolada_values')
@Index('ix_kolada_values_kolada_id', ['koladaId'])
@Check('ck_kolada_values_finite', `("women" IS NULL OR abs("women") <> 'Infinity'::double precision AND "women" <> 'NaN'::double precision) AND ("men" IS NULL OR abs("men") <> 'Infinity'::double precision AND "men" <> 'NaN'::double precision) AND ("total" IS NULL OR abs("total") <> 'Infinity'::double precision AND "total" <> 'NaN'::double precision)`)
export class KoladaValueEntity {
  /** Kolada's KPI id ("N15419"). */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  kpiId: string;

  /** Kolada's id: a kommun's code ("0126"), "00" + county code for a region ("0001"), "0000" for Riket. */
  @PrimaryColumn({ type: 'varchar', length: 4 })
  koladaId: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ type: 'double precision', nullable: true })
  women: number | null;

  @Column({ type: 'double precision', nullable: true })
  men: number | null;

  @Column({ type: 'double precision', nullable: true })
  total: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  fetchedAt: Date;
}
