import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VocabularyKind } from '@modellkommuner/shared';

@Entity('vocabulary_terms')
@Index('uq_vocabulary_terms_kind_term', ['kind', 'term'], { unique: true })
export class VocabularyTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: VocabularyKind, enumName: 'vocabulary_kind' })
  kind: VocabularyKind;

  @Column({ type: 'varchar', length: 100 })
  term: string;

  @Column({ type: 'int' })
  position: number;
}
