/**
 * The built-in bilingual AI/ML glossary used by the synonym stage: one line per group of equivalent forms,
 * forms separated by `|` (English phrase, unambiguous acronym, Korean translations, Korean
 * transliterations). Written by hand from general domain knowledge, kept as one string: it is data, given
 * to the analyzer as its `glossary` option by `createDefaultAnalyzer` (what `buildIndex` uses) and recorded
 * in every index file, so an app that only loads and searches an index never bundles this module;
 * `synonyms.ts` splits and compiles the text on first use.
 *
 * A form may appear in more than one group (`추론` is both reasoning and inference): a form expands to
 * the forms of every group it is in, never transitively. Plurals, particles and endings need no entries
 * (the analyzer stems them); Hangul spacing variants need none either (`강화학습` and `강화 학습` match
 * each other). Acronyms that mean different things across AI papers are left out on purpose: see
 * `AMBIGUOUS_ACRONYMS`.
 */
export const GLOSSARY = `large language model|LLM|대규모 언어 모델|대형 언어 모델|거대 언어 모델|초거대 언어 모델
small language model|SLM|소형 언어 모델|소규모 언어 모델
language model|언어 모델|언어모델
multimodal large language model|MLLM|멀티모달 대규모 언어 모델|멀티모달 대형 언어 모델|다중 모달 대규모 언어 모델
large multimodal model|LMM|대규모 멀티모달 모델|대형 멀티모달 모델
multimodal|multi-modal|멀티모달|다중 모달|다중모달|멀티 모달
vision-language model|vision language model|VLM|비전-언어 모델|비전 언어 모델|시각-언어 모델|시각 언어 모델
vision-language-action model|VLA|비전-언어-행동 모델|시각-언어-행동 모델
foundation model|파운데이션 모델|기반 모델|기초 모델
transformer|트랜스포머
vision transformer|ViT|비전 트랜스포머
diffusion transformer|DiT|확산 트랜스포머|디퓨전 트랜스포머
diffusion model|확산 모델|디퓨전 모델
diffusion|확산|디퓨전
latent diffusion|잠재 확산|잠재 디퓨전
denoising|디노이징|잡음 제거|노이즈 제거
denoising diffusion probabilistic model|DDPM|디노이징 확산 확률 모델|잡음 제거 확산 확률 모델
score-based model|스코어 기반 모델|점수 기반 모델
flow matching|플로우 매칭|흐름 매칭
rectified flow|정류 흐름|렉티파이드 플로우
normalizing flow|정규화 흐름|노멀라이징 플로우
consistency model|일관성 모델|컨시스턴시 모델
generative adversarial network|GAN|생성적 적대 신경망|적대적 생성 신경망
variational autoencoder|VAE|변분 오토인코더|변분 자동 인코더
autoencoder|오토인코더|자동 인코더|자동인코더
masked autoencoder|마스크드 오토인코더|마스크 오토인코더
autoregressive|자기회귀|자기 회귀|오토리그레시브
autoregressive model|자기회귀 모델
non-autoregressive|비자기회귀
mixture of experts|mixture-of-experts|MoE|전문가 혼합|전문가 혼합 모델|혼합 전문가
expert|전문가 네트워크
router|라우터
state space model|SSM|상태 공간 모델
mamba|맘바
recurrent neural network|RNN|순환 신경망
long short-term memory|LSTM|장단기 메모리|장단기 기억
convolutional neural network|CNN|합성곱 신경망|컨볼루션 신경망|컨볼루셔널 신경망
convolution|합성곱|컨볼루션
graph neural network|GNN|그래프 신경망
multilayer perceptron|MLP|다층 퍼셉트론
neural network|신경망|뉴럴 네트워크
deep learning|딥러닝|심층 학습|딥 러닝
machine learning|머신러닝|기계 학습|머신 러닝
artificial intelligence|인공지능|인공 지능
artificial general intelligence|AGI|범용 인공지능|일반 인공지능
generative AI|생성형 AI|생성형 인공지능|생성 AI
attention|어텐션|주의 메커니즘|주의
self-attention|셀프 어텐션|자기 주의|자기 어텐션
cross-attention|크로스 어텐션|교차 어텐션|교차 주의
linear attention|선형 어텐션|리니어 어텐션
sparse attention|희소 어텐션|스파스 어텐션
flash attention|FlashAttention|플래시 어텐션
multi-head attention|멀티헤드 어텐션|다중 헤드 어텐션
attention head|어텐션 헤드|주의 헤드
encoder|인코더
decoder|디코더
encoder-decoder|인코더-디코더
decoder-only|디코더 전용|디코더 온리
embedding|임베딩|내장 표현
positional encoding|위치 인코딩|포지셔널 인코딩
positional embedding|위치 임베딩
rotary position embedding|RoPE|회전 위치 임베딩
tokenizer|토크나이저|토큰화기
tokenization|토큰화|토크나이제이션
token|토큰
vocabulary|어휘|보캐뷸러리
context window|컨텍스트 윈도우|문맥 창|컨텍스트 창
context length|컨텍스트 길이|문맥 길이
long context|긴 컨텍스트|장문 컨텍스트|긴 문맥|롱 컨텍스트
long-context model|장문맥 모델|긴 문맥 모델
key-value cache|KV cache|KV 캐시|키-값 캐시
hidden state|은닉 상태|히든 스테이트
latent space|잠재 공간|레이턴트 공간
latent|잠재|레이턴트
representation|표현|리프레젠테이션
representation learning|표현 학습
feature|특징|피처
feature extraction|특징 추출
backbone|백본
layer normalization|레이어 정규화|층 정규화
normalization|정규화
residual connection|잔차 연결|레지듀얼 연결
activation function|활성화 함수
dropout|드롭아웃
pre-training|pretraining|사전학습|사전 학습|사전훈련|사전 훈련|프리트레이닝
post-training|사후 학습|사후학습|후속 학습|포스트 트레이닝
fine-tuning|fine tuning|미세조정|미세 조정|파인튜닝|파인 튜닝
supervised fine-tuning|SFT|지도 미세조정|지도 학습 미세조정|지도 파인튜닝
instruction tuning|instruction-tuning|지시 튜닝|명령어 튜닝|인스트럭션 튜닝|지시 미세조정|명령 튜닝
instruction following|지시 따르기|지시 수행|명령 수행|지시 준수|인스트럭션 팔로잉
parameter-efficient fine-tuning|PEFT|파라미터 효율적 미세조정|매개변수 효율적 미세조정|파라미터 효율적 파인튜닝
low-rank adaptation|LoRA|로라|저랭크 적응|저순위 적응
adapter|어댑터
prompt tuning|프롬프트 튜닝
prefix tuning|프리픽스 튜닝|접두사 튜닝
continual learning|지속 학습|연속 학습|평생 학습|lifelong learning
catastrophic forgetting|파국적 망각|치명적 망각|재앙적 망각
transfer learning|전이 학습|전이학습
domain adaptation|도메인 적응
domain generalization|도메인 일반화
generalization|일반화
overfitting|과적합|오버피팅
few-shot learning|few-shot|퓨샷|소수 샷|퓨 샷
zero-shot|제로샷|제로 샷
one-shot|원샷|원 샷
in-context learning|ICL|인컨텍스트 학습|문맥 내 학습|맥락 내 학습|인 컨텍스트 학습
meta-learning|메타 학습|메타러닝
multi-task learning|멀티태스크 학습|다중 작업 학습|다중 과제 학습
self-supervised learning|자기지도 학습|자기 지도 학습|자가 지도 학습|셀프 지도 학습
supervised learning|지도 학습|지도학습
unsupervised learning|비지도 학습|비지도학습
semi-supervised learning|준지도 학습|반지도 학습
weakly supervised|약지도|약한 지도
contrastive learning|대조 학습|대조학습|콘트라스티브 러닝
contrastive|대조적|대조
curriculum learning|커리큘럼 학습|교육과정 학습
active learning|능동 학습|액티브 러닝
federated learning|연합 학습|연합학습|페더레이티드 러닝
imitation learning|모방 학습|모방학습
behavior cloning|행동 복제|행동 클로닝
knowledge distillation|지식 증류|지식 디스틸레이션
distillation|증류|디스틸레이션
teacher model|교사 모델|티처 모델
student model|학생 모델|스튜던트 모델
self-training|자기 훈련|자가 학습|셀프 트레이닝
synthetic data|합성 데이터|신세틱 데이터
data augmentation|데이터 증강|데이터 어그멘테이션
augmentation|증강
data generation|데이터 생성
data curation|데이터 큐레이션|데이터 선별|데이터 정제
data filtering|데이터 필터링
data mixture|데이터 혼합|데이터 믹스처
deduplication|중복 제거|디듀플리케이션
dataset|데이터셋|데이터 세트|데이터 집합
benchmark|벤치마크
annotation|주석|어노테이션|라벨링|labeling
label|레이블|라벨
ground truth|정답|그라운드 트루스
preference data|선호 데이터|선호도 데이터
human feedback|인간 피드백|사람 피드백
reinforcement learning|RL|강화학습|강화 학습
reinforcement learning from human feedback|RLHF|인간 피드백 기반 강화학습|인간 피드백 강화학습|인간 피드백을 통한 강화학습
reinforcement learning from AI feedback|RLAIF|AI 피드백 기반 강화학습
reinforcement learning with verifiable rewards|RLVR|검증 가능한 보상 기반 강화학습|검증 가능한 보상
direct preference optimization|DPO|직접 선호 최적화|직접 선호도 최적화
proximal policy optimization|PPO|근접 정책 최적화
group relative policy optimization|GRPO|그룹 상대 정책 최적화
preference optimization|선호 최적화|선호도 최적화
preference alignment|선호 정렬
alignment|정렬|얼라인먼트
reward model|보상 모델|리워드 모델
reward|보상|리워드
reward hacking|보상 해킹|리워드 해킹
process reward model|PRM|과정 보상 모델|프로세스 보상 모델
outcome reward model|ORM|결과 보상 모델
policy|정책|폴리시
policy gradient|정책 경사|정책 그래디언트
value function|가치 함수
Q-learning|Q 러닝|큐러닝
actor-critic|액터-크리틱|액터 크리틱
offline reinforcement learning|offline RL|오프라인 강화학습
online reinforcement learning|online RL|온라인 강화학습
multi-agent reinforcement learning|MARL|다중 에이전트 강화학습|멀티 에이전트 강화학습
model-based reinforcement learning|모델 기반 강화학습
exploration|탐색|익스플로레이션
Monte Carlo tree search|MCTS|몬테카를로 트리 탐색|몬테카를로 트리 검색
self-play|셀프 플레이|자기 대국|자가 대국
world model|월드 모델|세계 모델
reasoning|추론|리즈닝
inference|추론|인퍼런스
reasoning model|추론 모델|리즈닝 모델
chain of thought|chain-of-thought|CoT|사고의 연쇄|사고 연쇄|생각의 사슬|사고 사슬|연쇄적 사고
tree of thoughts|ToT|사고의 나무|생각의 나무
step-by-step reasoning|단계별 추론|단계적 추론
mathematical reasoning|수학적 추론|수학 추론
commonsense reasoning|상식 추론
logical reasoning|논리적 추론|논리 추론
multi-hop reasoning|다중 홉 추론|멀티홉 추론
test-time compute|테스트 시간 계산|추론 시간 계산|테스트 타임 컴퓨트|추론 시점 계산
test-time scaling|테스트 시간 스케일링|추론 시간 스케일링|테스트 타임 스케일링|추론 시점 스케일링
inference-time scaling|추론 시간 확장
overthinking|과잉 사고|과도한 사고|오버씽킹
self-reflection|자기 성찰|자기 반성|셀프 리플렉션
self-correction|자기 수정|자기 교정|셀프 코렉션
self-consistency|자기 일관성|셀프 컨시스턴시
self-improvement|자기 개선|자기 향상
self-evolution|자기 진화
verifier|검증기|검증자|베리파이어
verification|검증
planning|계획|플래닝|계획 수립
problem solving|문제 해결
theorem proving|정리 증명
formal verification|형식 검증
program synthesis|프로그램 합성
code generation|코드 생성
code model|코드 모델
software engineering|소프트웨어 공학|소프트웨어 엔지니어링
retrieval-augmented generation|retrieval augmented generation|RAG|검색 증강 생성|검색증강생성|검색 기반 생성
retrieval|검색|리트리벌
retriever|검색기|리트리버
information retrieval|정보 검색
dense retrieval|밀집 검색|덴스 리트리벌|밀집 검색기
reranking|re-ranking|재순위화|리랭킹|재순위
reranker|재순위 모델|리랭커
search engine|검색 엔진
vector database|벡터 데이터베이스|벡터 DB
knowledge graph|지식 그래프
knowledge base|지식 베이스|지식 기반
question answering|QA|질의응답|질의 응답|질문 응답|질문응답
open-domain question answering|개방형 질의응답|오픈 도메인 질의응답
visual question answering|VQA|시각적 질의응답|시각 질의응답|시각 질문 응답
summarization|요약
machine translation|기계 번역|기계번역
translation|번역
named entity recognition|NER|개체명 인식
sentiment analysis|감성 분석|감정 분석
text classification|텍스트 분류
natural language processing|NLP|자연어 처리|자연어처리
natural language understanding|NLU|자연어 이해
natural language generation|NLG|자연어 생성
text generation|텍스트 생성|글 생성
dialogue|대화|다이얼로그
dialogue system|대화 시스템
chatbot|챗봇
conversational agent|대화형 에이전트
multilingual|다국어|다언어|멀티링구얼
cross-lingual|교차 언어|언어 간|크로스 링구얼
low-resource language|저자원 언어|저자원언어
code-switching|코드 스위칭|코드 전환
prompt|프롬프트
prompt engineering|프롬프트 엔지니어링|프롬프트 공학
prompting|프롬프팅
system prompt|시스템 프롬프트
prompt injection|프롬프트 주입|프롬프트 인젝션
jailbreak|탈옥|제일브레이크|jailbreaking
red teaming|레드팀|레드 티밍|레드팀 테스트
adversarial attack|적대적 공격
adversarial example|적대적 예제|적대적 샘플
adversarial robustness|적대적 강건성
robustness|강건성|견고성|로버스트니스
backdoor attack|백도어 공격
data poisoning|데이터 오염|데이터 중독|데이터 포이즈닝
data contamination|데이터 오염
membership inference|멤버십 추론|구성원 추론
privacy|프라이버시|개인정보|사생활
differential privacy|차등 프라이버시|차분 프라이버시
machine unlearning|unlearning|머신 언러닝|기계 언러닝|언러닝|기계 망각
watermarking|watermark|워터마킹|워터마크|전자 워터마크
deepfake|딥페이크
AI safety|AI 안전|AI 안전성|인공지능 안전성
safety|안전성|안전
harmful content|유해 콘텐츠|유해한 콘텐츠
toxicity|독성|유해성
bias|편향|바이어스
fairness|공정성
hallucination|환각|할루시네이션|환각 현상
factuality|사실성|사실 정확성
faithfulness|충실성|신뢰성
truthfulness|진실성
uncertainty|불확실성
uncertainty estimation|불확실성 추정
calibration|보정|캘리브레이션
confidence|신뢰도|확신도
interpretability|해석 가능성|해석가능성|인터프리터빌리티
explainability|설명 가능성|설명가능성
explainable AI|XAI|설명 가능한 AI|설명 가능한 인공지능
mechanistic interpretability|기계론적 해석 가능성|메커니즘 해석
sparse autoencoder|SAE|희소 오토인코더
probing|프로빙|탐침
steering|스티어링|조향
activation steering|활성화 조향|활성화 스티어링
circuit|회로|서킷
emergent ability|창발 능력|창발적 능력|이머전트 능력
emergence|창발
scaling law|스케일링 법칙|확장 법칙|스케일링 law
scaling|스케일링|규모 확장
compute-optimal|연산 최적|컴퓨트 최적
efficiency|효율성|효율
efficient inference|효율적 추론|효율적인 추론
quantization|양자화|퀀타이제이션
post-training quantization|PTQ|학습 후 양자화|사후 양자화
quantization-aware training|QAT|양자화 인식 학습
low-bit|저비트|로우 비트
binarization|이진화
pruning|가지치기|프루닝|pruned
structured pruning|구조적 가지치기|구조적 프루닝
sparsity|희소성|스파시티
sparse|희소|스파스
model compression|모델 압축
compression|압축
knowledge transfer|지식 전이|지식 이전
speculative decoding|추측 디코딩|투기적 디코딩|스펙큘레이티브 디코딩|추측적 디코딩
decoding|디코딩|복호화
beam search|빔 서치|빔 탐색
sampling|샘플링|표집
temperature|온도|템퍼러처
greedy decoding|탐욕적 디코딩|그리디 디코딩
token pruning|토큰 가지치기|토큰 프루닝
token merging|토큰 병합|토큰 머징
memory efficiency|메모리 효율
latency|지연 시간|레이턴시|지연
throughput|처리량|스루풋
GPU|그래픽 처리 장치|지피유
accelerator|가속기
distributed training|분산 학습|분산 훈련
parallelism|병렬화|병렬 처리
model merging|모델 병합|모델 머징
model editing|모델 편집
knowledge editing|지식 편집
weight|가중치|웨이트
parameter|파라미터|매개변수
hyperparameter|하이퍼파라미터|초매개변수
optimizer|옵티마이저|최적화기
optimization|최적화
gradient|그래디언트|기울기|경사
gradient descent|경사 하강법|경사하강법
stochastic gradient descent|SGD|확률적 경사 하강법
learning rate|학습률
loss function|손실 함수
objective function|목적 함수
cross-entropy|교차 엔트로피|크로스 엔트로피
backpropagation|역전파
regularization|정규화 기법|규제
convergence|수렴
training stability|학습 안정성|훈련 안정성
mixed precision|혼합 정밀도
precision|정밀도
recall|재현율
accuracy|정확도
F1 score|F1 점수
perplexity|퍼플렉서티|혼란도
evaluation|평가|이밸류에이션
evaluation metric|평가 지표|평가 메트릭
metric|지표|메트릭
leaderboard|리더보드
human evaluation|인간 평가|사람 평가
LLM-as-a-judge|LLM as a judge|LLM 심판|LLM 평가자|심판 모델
judge|심판|평가자
win rate|승률
ablation study|ablation|절제 연구|어블레이션|제거 실험
baseline|베이스라인|기준선|기준 모델
state of the art|state-of-the-art|SOTA|최첨단|최신 기술|최고 성능
open source|open-source|오픈소스|오픈 소스|공개 소스
open-weight|오픈 웨이트|공개 가중치
proprietary model|상용 모델|폐쇄형 모델|독점 모델
agent|에이전트|agentic|에이전틱
LLM agent|LLM 에이전트|언어 모델 에이전트
autonomous agent|자율 에이전트
multi-agent|멀티 에이전트|다중 에이전트|멀티에이전트
multi-agent system|다중 에이전트 시스템|멀티 에이전트 시스템
tool use|tool-use|도구 사용|툴 사용|도구 활용
tool calling|function calling|도구 호출|함수 호출|툴 호출
web agent|웹 에이전트
GUI agent|GUI 에이전트
computer use|컴퓨터 사용
memory|메모리|기억
long-term memory|장기 기억|장기 메모리
workflow|워크플로|워크플로우|작업 흐름
orchestration|오케스트레이션
simulation|시뮬레이션|모의실험
simulator|시뮬레이터
environment|환경
trajectory|궤적|트래젝토리
embodied agent|체화 에이전트|구현 에이전트|임바디드 에이전트
embodied AI|체화 AI|체화된 인공지능|임바디드 AI
robotics|로보틱스|로봇공학|로봇 공학
robot|로봇
robot manipulation|로봇 조작|로봇 매니퓰레이션
manipulation|조작|매니퓰레이션
grasping|파지|그래스핑|잡기
navigation|내비게이션|항법|길 찾기
locomotion|보행|로코모션
humanoid|휴머노이드|인간형 로봇
autonomous driving|self-driving|자율주행|자율 주행
motion planning|동작 계획|모션 플래닝|경로 계획
sim-to-real|심투리얼|시뮬레이션-실제 전이
teleoperation|원격 조작|원격 조종
computer vision|컴퓨터 비전|컴퓨터비전
image|이미지|영상
image classification|이미지 분류|영상 분류
object detection|객체 탐지|물체 탐지|객체 검출|물체 검출
open-vocabulary|개방형 어휘|오픈 보캐뷸러리|열린 어휘
semantic segmentation|의미론적 분할|시맨틱 세그멘테이션|의미 분할
instance segmentation|인스턴스 분할|인스턴스 세그멘테이션
segmentation|분할|세그멘테이션
image segmentation|이미지 분할|영상 분할
object tracking|객체 추적|물체 추적
tracking|추적|트래킹
pose estimation|자세 추정|포즈 추정
human pose|인체 자세|사람 자세
depth estimation|깊이 추정|뎁스 추정
monocular|단안|모노큘러
stereo|스테레오|양안
optical flow|광학 흐름|옵티컬 플로우
super-resolution|초해상도|슈퍼 레졸루션|초고해상도
image restoration|이미지 복원|영상 복원
inpainting|인페인팅|이미지 복원 채우기
outpainting|아웃페인팅
image editing|이미지 편집|영상 편집
image generation|이미지 생성|영상 생성
text-to-image|T2I|텍스트-이미지|텍스트 투 이미지|텍스트로 이미지
image-to-image|이미지-이미지|이미지 투 이미지
image captioning|이미지 캡셔닝|이미지 설명 생성|이미지 캡션 생성
caption|캡션|자막
visual grounding|시각적 그라운딩|시각 그라운딩|시각적 접지
grounding|그라운딩|접지
referring expression|지시 표현|참조 표현
style transfer|스타일 전이|스타일 변환|화풍 변환
controllable generation|제어 가능한 생성|제어 가능 생성
personalization|개인화|퍼스널라이제이션
subject-driven generation|주체 기반 생성|피사체 기반 생성
visual tokenizer|시각 토크나이저|비주얼 토크나이저
vector quantization|VQ|벡터 양자화
codebook|코드북
visual encoder|vision encoder|비전 인코더|시각 인코더
contrastive language-image pre-training|대조적 언어-이미지 사전학습
video|비디오|동영상|영상
video generation|비디오 생성|동영상 생성|영상 생성
text-to-video|T2V|텍스트-비디오|텍스트 투 비디오|텍스트-동영상
image-to-video|I2V|이미지-비디오|이미지 투 비디오|이미지-동영상
video understanding|비디오 이해|동영상 이해|영상 이해
video editing|비디오 편집|동영상 편집|영상 편집
video prediction|비디오 예측|영상 예측
temporal consistency|시간적 일관성|시간 일관성
motion|모션|움직임|동작
action recognition|행동 인식|동작 인식
frame interpolation|프레임 보간
long video|긴 비디오|장편 비디오|긴 동영상
3D|3차원|쓰리디|삼차원
3D reconstruction|3D 재구성|3차원 재구성|3D 복원|3차원 복원
3D generation|3D 생성|3차원 생성
neural radiance field|NeRF|신경 방사장|신경 방사 필드|너프
Gaussian splatting|3D Gaussian splatting|3DGS|가우시안 스플래팅|가우시안 스플래팅 기법|3D 가우시안 스플래팅
point cloud|포인트 클라우드|점군|점 구름
mesh|메시|메쉬
novel view synthesis|새로운 시점 합성|신규 시점 합성|새 시점 합성|novel view
multi-view|다중 시점|멀티뷰|멀티 뷰|다시점
scene understanding|장면 이해|씬 이해
scene|장면|씬
avatar|아바타
human motion generation|인간 동작 생성|인간 모션 생성
simultaneous localization and mapping|SLAM|동시적 위치추정 및 지도작성|슬램
rendering|렌더링
texture|텍스처|질감
geometry|기하|지오메트리|기하학
camera pose|카메라 포즈|카메라 자세
speech|음성|스피치
speech recognition|automatic speech recognition|ASR|음성 인식|음성인식
text-to-speech|TTS|음성 합성|텍스트 음성 변환|텍스트-음성
speech synthesis|음성 합성
spoken language model|음성 언어 모델|구어 모델
speech language model|음성 언어 모델
voice|목소리|보이스
voice cloning|음성 복제|보이스 클로닝|목소리 복제
speaker|화자|스피커
audio|오디오|음향
audio generation|오디오 생성|음향 생성
music generation|음악 생성
music|음악|뮤직
sound|소리|사운드
optical character recognition|OCR|광학 문자 인식|문자 인식
document understanding|문서 이해
document|문서|도큐먼트
table|표|테이블
chart|차트|도표
chart understanding|차트 이해
mathematics|수학|math
math word problem|수학 문장제|수학 서술형 문제
science|과학
medical|의료|메디컬
medical imaging|의료 영상|의학 영상
clinical|임상
healthcare|헬스케어|의료 서비스
biology|생물학
protein|단백질
molecule|분자
drug discovery|신약 개발|신약 발견
chemistry|화학
finance|금융|파이낸스
law|법률
education|교육
recommendation|추천
recommender system|추천 시스템
time series|시계열
forecasting|예측
anomaly detection|이상 탐지|이상치 탐지
weather forecasting|기상 예측|날씨 예측
tabular data|표 형식 데이터|테이블 데이터|정형 데이터
graph|그래프
classification|분류
regression|회귀
clustering|군집화|클러스터링
generation|생성
generative model|생성 모델|생성형 모델
discriminative model|판별 모델
understanding|이해
perception|지각|인식|퍼셉션
recognition|인식
detection|탐지|검출|감지|디텍션
prediction|예측
estimation|추정
reconstruction|재구성|복원
synthesis|합성
editing|편집
retrieval model|검색 모델
embedding model|임베딩 모델
sentence embedding|문장 임베딩
text embedding|텍스트 임베딩
semantic search|의미 검색|시맨틱 검색
similarity|유사도|유사성
cosine similarity|코사인 유사도
nearest neighbor|최근접 이웃
cross-modal|교차 모달|크로스 모달|교차 모달리티
modality|모달리티|양식
vision|비전|시각
visual|시각적|비주얼
language|언어
text|텍스트
speech-to-text|음성-텍스트|음성 텍스트 변환
any-to-any|애니투애니
interleaved|interleaving|인터리브|인터리빙|교차 배치
omni-modal|옴니모달|옴니 모달
unified model|통합 모델|단일 모델
open-ended|개방형|오픈 엔디드
long-form|장문|롱폼
hierarchical|계층적|위계적
modular|모듈식|모듈형
end-to-end|종단간|엔드투엔드|엔드 투 엔드|종단 간
plug-and-play|플러그 앤 플레이|플러그앤플레이
training-free|학습 없이|훈련 없이|학습 불필요|트레이닝 프리
lightweight|경량|경량화|가벼운
scalable|확장 가능한|확장성|스케일러블
real-time|실시간|리얼타임
on-device|온디바이스|기기 내|단말 내
edge device|엣지 디바이스|엣지 기기
mobile|모바일
benchmark dataset|벤치마크 데이터셋
survey|서베이|조사 논문|개관
technical report|기술 보고서|테크니컬 리포트
framework|프레임워크
pipeline|파이프라인
architecture|아키텍처
inductive bias|귀납적 편향
hallucination detection|환각 탐지|환각 검출
contrastive decoding|대조 디코딩|대조적 디코딩
constrained decoding|제약 디코딩|제한 디코딩
structured output|구조화된 출력|구조적 출력
chat|채팅|대화형
assistant|어시스턴트|비서
persona|페르소나
role-playing|롤플레잉|역할극|역할 수행
creative writing|창작 글쓰기|창의적 글쓰기
storytelling|스토리텔링|이야기 생성
humor|유머
emotion|감정|정서
empathy|공감
social|사회적|소셜
culture|문화
cultural|문화적
ethics|윤리
value alignment|가치 정렬
constitutional AI|헌법적 AI|컨스티튜셔널 AI
refusal|거부|거절
over-refusal|과잉 거부|과도한 거부
guardrail|가드레일|안전장치
content moderation|콘텐츠 조정|콘텐츠 검열|콘텐츠 모더레이션
misinformation|허위 정보|오정보|가짜 뉴스
fact-checking|팩트체크|사실 확인|팩트 체크
citation|인용|출처 표기
attribution|귀속|출처 추적|어트리뷰션
sycophancy|아첨|영합|시코펀시
deception|기만|속임수
persuasion|설득
theory of mind|마음 이론|마음이론
cognitive|인지|인지적
human-AI interaction|인간-AI 상호작용
human-computer interaction|HCI|인간-컴퓨터 상호작용
user interface|UI|사용자 인터페이스
accessibility|접근성
game|게임
game playing|게임 플레이
board game|보드 게임
Minecraft|마인크래프트
open world|오픈 월드|개방형 세계
puzzle|퍼즐
spatial reasoning|공간 추론
temporal reasoning|시간 추론|시간적 추론
causal reasoning|인과 추론
causality|인과성|인과관계
counterfactual|반사실|반사실적
visual reasoning|시각적 추론|시각 추론
multimodal reasoning|멀티모달 추론|다중 모달 추론
video reasoning|비디오 추론|영상 추론
knowledge|지식
memorization|암기|기억|메모리제이션
knowledge conflict|지식 충돌
parametric knowledge|파라메트릭 지식|매개변수 지식
compositional generalization|조합적 일반화|구성적 일반화
out-of-distribution|OOD|분포 외|분포 밖
distribution shift|분포 이동|분포 변화
long-tail|롱테일|긴 꼬리
imbalanced|불균형
noise|노이즈|잡음
noisy label|노이즈 레이블|잡음 레이블
data efficiency|데이터 효율성|데이터 효율
sample efficiency|샘플 효율성|표본 효율성
compute|연산|컴퓨트|계산량
FLOPs|플롭스|연산량
memory footprint|메모리 사용량
cost|비용
energy efficiency|에너지 효율
carbon footprint|탄소 발자국
sustainability|지속 가능성
hardware|하드웨어
kernel|커널
compiler|컴파일러
serving|서빙
deployment|배포|디플로이먼트
open model|공개 모델|오픈 모델
checkpoint|체크포인트
model card|모델 카드
reproducibility|재현성
ranking|순위|랭킹
retrieval-augmented|검색 증강
long-document|긴 문서|장문 문서
chunking|청킹|청크 분할
query|쿼리|질의
query rewriting|쿼리 재작성|질의 재작성
agentic search|에이전틱 검색
deep research|딥 리서치|심층 연구
web search|웹 검색
browsing|브라우징|웹 탐색
question generation|질문 생성
instruction|지시|지시문|명령어|인스트럭션
demonstration|시연|데모|예시
exemplar|예제|예시
rationale|근거|논거
explanation|설명
feedback|피드백
critique|비평|크리틱
self-critique|자기 비평
refinement|개선|정제
iterative refinement|반복적 개선|반복 개선
search|탐색|서치
tree search|트리 탐색|트리 검색
best-of-N|베스트 오브 N
majority voting|다수결|다수결 투표
ensemble|앙상블
routing|라우팅
load balancing|부하 분산|로드 밸런싱
model collapse|모델 붕괴
mode collapse|모드 붕괴
representation collapse|표현 붕괴
grokking|그로킹
double descent|이중 하강
lottery ticket hypothesis|복권 가설
neural architecture search|NAS|신경망 구조 탐색
AutoML|자동 머신러닝|오토ML
hypernetwork|하이퍼네트워크
implicit neural representation|암시적 신경 표현
neural rendering|신경 렌더링|뉴럴 렌더링
physics|물리|물리학
physics simulation|물리 시뮬레이션
physically plausible|물리적으로 타당한|물리적 타당성
dexterous manipulation|정교한 조작|섬세한 조작
visuomotor policy|시각운동 정책|시각-운동 정책
diffusion policy|확산 정책|디퓨전 정책
action|행동|액션
action model|행동 모델|액션 모델
reward function|보상 함수
sparse reward|희소 보상
credit assignment|신용 할당|크레딧 할당
on-policy|온폴리시|온 폴리시
off-policy|오프폴리시|오프 폴리시
rollout|롤아웃
advantage|어드밴티지|이점 함수
KL divergence|KL 발산|쿨백-라이블러 발산
entropy|엔트로피
mutual information|상호 정보량|상호 정보
probability|확률
likelihood|우도|가능도
Bayesian|베이지안|베이즈
sampling efficiency|샘플링 효율
classifier-free guidance|CFG|분류기 없는 가이던스|분류기 없는 유도
guidance|가이던스|유도
noise schedule|노이즈 스케줄
one-step generation|단일 스텝 생성|원스텝 생성|한 단계 생성
few-step|소수 스텝|퓨스텝
resolution|해상도
high resolution|고해상도
upscaling|업스케일링
compression rate|압축률
image quality|이미지 품질|화질
aesthetic|미적|심미적|미학
photorealistic|사실적인|포토리얼리스틱|사실적
realism|사실감|사실성
fidelity|충실도|피델리티
diversity|다양성
consistency|일관성
coherence|일관성|응집성
controllability|제어 가능성|제어성
layout|레이아웃|배치
sketch|스케치
typography|타이포그래피|글자 렌더링
font|폰트|글꼴
logo|로고
design|디자인
UI generation|UI 생성
web page|웹 페이지|웹페이지
screenshot|스크린샷|화면 캡처
mobile app|모바일 앱
operating system|운영체제|OS
spreadsheet|스프레드시트
text-to-SQL|텍스트-SQL|텍스트 투 SQL
code completion|코드 완성|코드 자동완성
code repair|program repair|코드 수리|프로그램 수리|버그 수정
unit test|단위 테스트|유닛 테스트
debugging|디버깅
competitive programming|경쟁 프로그래밍
repository|저장소|리포지토리

cybersecurity|사이버 보안|사이버보안
security|보안|시큐리티
dance|댄스|춤
Hugging Face|HuggingFace|허깅페이스|허깅 페이스
Stable Diffusion|스테이블 디퓨전|스테이블 디퓨젼
style|스타일
freeze|frozen|동결
task|태스크|작업|과제
algorithm|알고리즘
modeling|모델링
scenario|시나리오
sequence|시퀀스
paradigm|패러다임
pattern|패턴
update|업데이트|갱신
pixel|픽셀
patch|패치
downstream|다운스트림
application|애플리케이션|어플리케이션|응용 프로그램
hybrid|하이브리드
platform|플랫폼
computing|컴퓨팅
animation|애니메이션
face|얼굴|안면
corpus|코퍼스|말뭉치
global|글로벌|전역
local|로컬|국소
level|레벨|수준
category|카테고리|범주
decomposition|분해
initialization|초기화
preprocessing|전처리
acceleration|가속|가속화
fusion|융합|퓨전
random|무작위|랜덤
correlation|상관관계
mapping|매핑
conditional|조건부
attribute|속성
automation|자동화
error|오류|에러
dynamic|동적|다이나믹
static|정적
response|응답|답변
background|배경
difficulty|난이도
guideline|지침|가이드라인
English|영어
character|캐릭터
object|객체|물체|오브젝트
robust|강건|견고|로버스트
human|인간|사람|휴먼
user|사용자|유저
continuous|연속|연속적
discrete|이산|이산적
scale|스케일|규모
thinking|씽킹|사고|생각`

/**
 * Acronyms left out of the glossary because AI papers use them for different things, e.g. `AR`
 * (autoregressive / augmented reality), `SR` (super-resolution / speech recognition), `CV` (computer
 * vision / cross-validation), `TTA` (test-time adaptation / text-to-audio), `LRM` (large reasoning /
 * reconstruction model), `MAE` (masked autoencoder / mean absolute error). Kept as data so a test can
 * check that none of them slipped in.
 */
export const AMBIGUOUS_ACRONYMS: readonly string[] = ['AR', 'SR', 'CV', 'TTA', 'LRM', 'MAE', 'MLM', 'IL', 'MT', 'CL', 'DA', 'AD', 'FL', 'PE', 'SD', 'RM', 'KD', 'IR', 'LM', 'GP', 'PG', 'ST']
